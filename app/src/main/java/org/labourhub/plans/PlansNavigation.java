package org.labourhub.plans;

import org.labourhub.platform.web.NavigationLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The plans' entries in the page header's navigation: the plans, and a signed-in reader's assignments. */
@Configuration(proxyBeanMethods = false)
class PlansNavigation {

    @Bean
    NavigationLink plansLink() {
        return NavigationLink.forEveryone(60, "/plans", "nav.plans");
    }

    @Bean
    NavigationLink assignmentsLink() {
        return NavigationLink.forSignedIn(70, "/me/assignments", "nav.assignments");
    }
}
