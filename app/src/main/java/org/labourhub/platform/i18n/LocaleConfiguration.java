package org.labourhub.platform.i18n;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.support.RequestContextUtils;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The reader's language: {@code ?lang=} switches it and a cookie remembers it; without either, the browser's
 * Accept-Language picks the best of the four, else English.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

    static final String COOKIE = Language.COOKIE;
    private static final List<Locale> SUPPORTED = Arrays.stream(Language.values()).map(Language::locale).toList();

    @Bean
    LocaleResolver localeResolver() {
        var resolver = new CookieLocaleResolver(COOKIE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieSameSite("Lax");
        resolver.setDefaultLocaleFunction(LocaleConfiguration::fromBrowser);
        return resolver;
    }

    private static Locale fromBrowser(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        if (header == null || header.isBlank()) {
            return Language.EN.locale();
        }
        try {
            Locale best = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
            return best == null ? Language.EN.locale() : best;
        } catch (IllegalArgumentException malformed) {
            return Language.EN.locale();
        }
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new LanguageSwitch());
    }

    /** Applies {@code ?lang=xx}; an unknown code is refused with a 400 page that names it. */
    static final class LanguageSwitch implements HandlerInterceptor {
        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                throws Exception {
            String code = request.getParameter("lang");
            if (code == null || request.getDispatcherType() == DispatcherType.ERROR) {
                return true;
            }
            var language = Language.ofCode(code);
            if (language.isEmpty()) {
                request.setAttribute("labourhub.unknownLanguage", code);
                response.sendError(HttpServletResponse.SC_BAD_REQUEST, "unknown-language");
                return false;
            }
            RequestContextUtils.getLocaleResolver(request).setLocale(request, response, language.get().locale());
            return true;
        }
    }

}
