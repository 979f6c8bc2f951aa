package org.labourhub.directory;

import org.labourhub.platform.web.NavigationLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The directory's entries in the page header's navigation. */
@Configuration(proxyBeanMethods = false)
class DirectoryNavigation {

    @Bean
    NavigationLink countriesLink() {
        return NavigationLink.forEveryone(10, "/countries", "nav.countries");
    }

    @Bean
    NavigationLink organisationsLink() {
        return NavigationLink.forEveryone(30, "/organisations", "nav.organisations");
    }

    @Bean
    NavigationLink peopleLink() {
        return NavigationLink.forEveryone(40, "/people", "nav.people");
    }

    @Bean
    NavigationLink networksLink() {
        return NavigationLink.forEveryone(50, "/networks", "nav.networks");
    }

    @Bean
    NavigationLink expertsLink() {
        return NavigationLink.forEveryone(80, "/experts", "nav.experts");
    }
}
