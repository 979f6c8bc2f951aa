package org.labourhub.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.StandardMultipartHttpServletRequest;
import org.springframework.web.util.UriComponentsBuilder;

import java.io.IOException;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * An upload above the limit is answered by LabourHub, never by the servlet container nor by a CSRF refusal: the
 * reader goes back to the page the form was on, with {@code ?tooLarge=<bytes sent>}, and that page says the limit
 * and the file's size in their language (see {@link UploadLimit}). A body over the request limit is refused from its
 * Content-Length before a byte of it is read; one whose file is over the file limit, once Tomcat has parsed it (the
 * parts are kept for the controller). This runs before Spring Security, whose CSRF check would otherwise read the
 * form, find no token in a body too large to parse and answer 403. Tomcat then reads the rest of the refused body
 * and throws it away ({@code server.tomcat.max-swallow-size: -1}), so that the browser, still sending, gets this
 * answer rather than a reset connection.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 2)
class OversizedUploads extends OncePerRequestFilter {

    private final UploadLimit limit;
    private final List<UploadForm> forms;

    OversizedUploads(UploadLimit limit, List<UploadForm> forms) {
        this.limit = limit;
        this.forms = forms.stream().sorted(Comparator.comparing((UploadForm f) -> f.action().length()).reversed()).toList();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isUpload(request) && tooLarge(request)) {
            response.sendRedirect(back(request));
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean tooLarge(HttpServletRequest request) {
        if (limit.refuses(request.getContentLengthLong())) {
            return true;
        }
        try {
            new StandardMultipartHttpServletRequest(request);
            return false;
        } catch (MaxUploadSizeExceededException over) {
            return true;
        } catch (MultipartException other) {
            return false; // not a size problem: the controller's own handling answers it
        }
    }

    /** Where a refused upload goes: the page it came from (the Referer, if of this site), else its form's page. */
    String back(HttpServletRequest request) {
        String page = refererPage(request);
        if (page == null) {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            page = request.getContextPath() + forms.stream().filter(form -> path.startsWith(form.action()))
                    .map(UploadForm::page).findFirst().orElse("/");
        }
        long sent = request.getContentLengthLong();
        return UriComponentsBuilder.fromUriString(page).replaceQueryParam("empty")
                .replaceQueryParam("tooLarge", sent >= 0 ? String.valueOf(sent) : "").build().toUriString();
    }

    private static String refererPage(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer == null) {
            return null;
        }
        try {
            URI uri = URI.create(referer);
            String path = uri.getRawPath();
            if (!request.getServerName().equalsIgnoreCase(uri.getHost()) || path == null || !path.startsWith("/")
                    || path.startsWith("//")) {
                return null;
            }
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }

    private static boolean isUpload(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
    }
}
