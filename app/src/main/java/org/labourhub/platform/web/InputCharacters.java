package org.labourhub.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Characters PostgreSQL cannot store never reach a module. A search query ({@code q}) is cleaned: control characters
 * (NUL, tabs, line breaks…) become spaces, and the search runs. Any other parameter holding a NUL byte is refused
 * before anything is read or saved: the reader gets the 400 page, in their language, naming the field.
 * Uploads (multipart) are left to their importers, which read files, not parameters.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1)
class InputCharacters extends OncePerRequestFilter {

    static final String REFUSED_FIELD = "labourhub.refusedField";
    private static final String SEARCH = "q";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isUpload(request)) {
            chain.doFilter(request, response);
            return;
        }
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            String name = parameter.getKey();
            boolean refused = name.indexOf('\0') >= 0
                    || !SEARCH.equals(name) && Arrays.stream(parameter.getValue()).anyMatch(v -> v.indexOf('\0') >= 0);
            if (refused) {
                request.setAttribute(REFUSED_FIELD, name.replace("\0", "\\0"));
                response.sendError(HttpServletResponse.SC_BAD_REQUEST);
                return;
            }
        }
        chain.doFilter(request.getParameter(SEARCH) == null ? request : new CleanedSearch(request), response);
    }

    private static boolean isUpload(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
    }

    /** The request with its search query's control characters turned into spaces. */
    private static final class CleanedSearch extends HttpServletRequestWrapper {

        private final Map<String, String[]> parameters = new LinkedHashMap<>();

        CleanedSearch(HttpServletRequest request) {
            super(request);
            request.getParameterMap().forEach((name, values) -> parameters.put(name,
                    SEARCH.equals(name) ? Arrays.stream(values).map(CleanedSearch::clean).toArray(String[]::new) : values));
        }

        static String clean(String query) {
            return query.codePoints().map(c -> Character.isISOControl(c) ? ' ' : c)
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public String[] getParameterValues(String name) {
            return parameters.get(name);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }
    }
}
