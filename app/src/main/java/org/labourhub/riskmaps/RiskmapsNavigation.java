package org.labourhub.riskmaps;

import org.labourhub.platform.web.NavigationLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The risk maps' entry in the page header's navigation: published maps are for everyone. */
@Configuration(proxyBeanMethods = false)
class RiskmapsNavigation {

    @Bean
    NavigationLink riskmapsLink() {
        return NavigationLink.forEveryone(65, "/riskmaps", "riskmaps.nav");
    }
}
