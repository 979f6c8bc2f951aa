package org.labourhub.platform.web;

import jakarta.servlet.DispatcherType;
import org.labourhub.platform.database.DatabaseOutage;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;
import org.thymeleaf.ITemplateEngine;

/** Puts {@link BrieflyUnavailable} in front of the session store (order -2147483598) and security (-100). */
@Configuration(proxyBeanMethods = false)
class BrieflyUnavailableRegistration {

    @Bean
    FilterRegistrationBean<BrieflyUnavailable> brieflyUnavailable(DatabaseOutage outage, ITemplateEngine templates,
                                                                  LocaleResolver locales, MessageSource messages) {
        var registration = new FilterRegistrationBean<>(new BrieflyUnavailable(outage, templates, locales, messages));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
