package org.labourhub.platform.web;

import org.labourhub.platform.i18n.Language;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The anonymous readers' page cache, placed right after Spring Security so that it knows who is reading. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PublicPageCache.Settings.class)
class PublicPageCacheConfiguration {

    @Bean
    FilterRegistrationBean<PublicPageCache> publicPageCache(JdbcClient jdbc, PublicPageCache.Settings settings) {
        var registration = new FilterRegistrationBean<>(new PublicPageCache(jdbc, settings, Language.COOKIE));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }
}
