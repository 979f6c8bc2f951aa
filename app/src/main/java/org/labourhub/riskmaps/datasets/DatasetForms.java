package org.labourhub.riskmaps.datasets;

import org.labourhub.platform.web.UploadForm;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The dataset upload form: an upload over the platform's limit goes back to it with the limit in words. */
@Configuration(proxyBeanMethods = false)
class DatasetForms {

    @Bean
    UploadForm datasetUploads() {
        return new UploadForm("/riskmaps/datasets/", "/riskmaps/datasets/new");
    }
}
