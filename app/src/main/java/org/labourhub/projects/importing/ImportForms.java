package org.labourhub.projects.importing;

import org.labourhub.platform.web.UploadForm;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The module's upload forms, the IATI file and the spreadsheet, are both on the import page. */
@Configuration(proxyBeanMethods = false)
class ImportForms {

    @Bean
    UploadForm importUploads() {
        return new UploadForm("/projects/import/", "/projects/import");
    }
}
