package org.labourhub.projects;

import org.labourhub.platform.web.NavigationLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The registry's entry in the page header's navigation. */
@Configuration(proxyBeanMethods = false)
class ProjectsNavigation {

    @Bean
    NavigationLink projectsLink() {
        return NavigationLink.forEveryone(20, "/projects", "projects.nav");
    }
}
