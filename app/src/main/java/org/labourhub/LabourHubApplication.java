package org.labourhub;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/** LabourHub: one place for the cooperation work of the labour ministries of the Americas. */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(sharedModules = "platform")
public class LabourHubApplication {

    public static void main(String[] args) {
        SpringApplication.run(LabourHubApplication.class, args);
    }
}
