package org.labourhub.platform.i18n;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * The UI's words: each module keeps its own bundle in {@code i18n/<module>/messages_<lang>.properties}; all are
 * found on the class path and read as one. Every message goes through ICU's MessageFormat (plurals, CLDR numbers), so an apostrophe is
 * written twice in every bundle.
 */
@Configuration(proxyBeanMethods = false)
class MessageConfiguration {

    static final String PATTERN = "classpath*:i18n/*/messages_en.properties";

    @Bean
    MessageSource messageSource() {
        var source = new IcuMessageSource();
        source.setBasenames(moduleBundles());
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setAlwaysUseMessageFormat(true);
        source.setCacheMillis(-1);
        return source;
    }

    static String[] moduleBundles() {
        try {
            Resource[] english = new PathMatchingResourcePatternResolver().getResources(PATTERN);
            return Arrays.stream(english)
                    .map(r -> "classpath:i18n/" + moduleOf(r) + "/messages")
                    .distinct().sorted().toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list the message bundles", e);
        }
    }

    private static String moduleOf(Resource english) {
        try {
            String path = english.getURL().toString();
            String folder = path.substring(0, path.lastIndexOf('/'));
            return folder.substring(folder.lastIndexOf('/') + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
