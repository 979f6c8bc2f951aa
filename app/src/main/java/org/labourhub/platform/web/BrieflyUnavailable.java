package org.labourhub.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.labourhub.platform.database.DatabaseOutage;
import org.labourhub.platform.i18n.Language;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.UriComponentsBuilder;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * While the database is out of reach, every page answers 503 "briefly unavailable, try again" in the reader's
 * language, with a Retry-After header (JSON for the API). It sits in front of every other filter, so the answer
 * needs neither the session store, nor security, nor the layout's database queries: during a known outage the
 * request goes no further; otherwise a request that fails for want of a connection is answered here instead of
 * reaching the error page (which would try the database again). During an outage static files and the health
 * endpoint (which says DOWN itself) still pass.
 */
class BrieflyUnavailable extends HttpFilter {

    static final String RETRY_AFTER_SECONDS = "5";

    private final DatabaseOutage outage;
    private final ITemplateEngine templates;
    private final LocaleResolver locales;
    private final MessageSource messages;
    private final JsonMapper json = JsonMapper.builder().build();

    BrieflyUnavailable(DatabaseOutage outage, ITemplateEngine templates, LocaleResolver locales, MessageSource messages) {
        this.outage = outage;
        this.templates = templates;
        this.locales = locales;
        this.messages = messages;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (outage.ongoing() && needsDatabase(request)) {
            answer(request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException failure) {
            if (!DatabaseOutage.noConnection(failure) || response.isCommitted()) {
                throw failure;
            }
            answer(request, response);
        }
    }

    private static boolean needsDatabase(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !(path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/webjars/")
                || path.startsWith("/actuator/") || path.equals("/favicon.ico"));
    }

    private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.reset();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        response.setHeader("Cache-Control", "no-store");
        response.setCharacterEncoding("UTF-8");
        Locale locale = localeOf(request);
        if (wantsJson(request)) {
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            json.writeValue(response.getWriter(), Map.of("status", 503, "error", "Service Unavailable",
                    "message", messages.getMessage("error.503.text", null, locale)));
            return;
        }
        response.setContentType(MediaType.TEXT_HTML_VALUE);
        var exchange = JakartaServletWebApplication.buildApplication(request.getServletContext())
                .buildExchange(new WithoutAttributes(request), response);
        var page = new LinkedHashMap<String, Object>();
        page.put("languages", Language.values());
        page.put("languageLinks", LayoutAdvice.linksToEachLanguage(request));
        page.put("retry", thisAddress(request));
        templates.process("unavailable", new WebContext(exchange, locale, page), response.getWriter());
    }

    /**
     * As elsewhere: {@code ?lang=}, else the language cookie, else the browser's languages. Only the query string
     * is read, never a posted body (which could be a large upload).
     */
    private Locale localeOf(HttpServletRequest request) {
        String query = request.getQueryString();
        String code = query == null ? null
                : UriComponentsBuilder.newInstance().query(query).build().getQueryParams().getFirst("lang");
        return Language.ofCode(code).map(Language::locale).orElseGet(() -> locales.resolveLocale(request));
    }

    private static boolean wantsJson(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                || accept != null && accept.contains("application/json") && !accept.contains("text/html");
    }

    /**
     * The request without what the filters behind this one left on it (such as a CSRF token that would have to be
     * read from the session store): the page sees only the variables given to it (which Thymeleaf keeps as
     * request attributes, set after wrapping).
     */
    private static final class WithoutAttributes extends HttpServletRequestWrapper {
        private final Set<String> hidden;

        WithoutAttributes(HttpServletRequest request) {
            super(request);
            this.hidden = new HashSet<>(Collections.list(request.getAttributeNames()));
        }

        @Override
        public Object getAttribute(String name) {
            return hidden.contains(name) ? null : super.getAttribute(name);
        }

        @Override
        public Enumeration<String> getAttributeNames() {
            return Collections.enumeration(Collections.list(super.getAttributeNames()).stream()
                    .filter(name -> !hidden.contains(name)).toList());
        }

        @Override
        public void setAttribute(String name, Object value) {
            hidden.remove(name);
            super.setAttribute(name, value);
        }
    }

    /** The address asked for (on an error dispatch, the original one rather than /error). */
    private static String thisAddress(HttpServletRequest request) {
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (original != null) {
            return original.toString();
        }
        return request.getQueryString() == null ? request.getRequestURI()
                : request.getRequestURI() + "?" + request.getQueryString();
    }
}
