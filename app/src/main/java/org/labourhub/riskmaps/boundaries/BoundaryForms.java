package org.labourhub.riskmaps.boundaries;

import org.labourhub.platform.web.UploadForm;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The boundary upload form: a file too large for the platform's limit goes back to it. */
@Configuration(proxyBeanMethods = false)
class BoundaryForms {

    @Bean
    UploadForm boundaryUploadForm() {
        return new UploadForm("/riskmaps/boundaries/", "/riskmaps/boundaries/new");
    }
}
