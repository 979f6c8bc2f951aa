package org.labourhub.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.csrf.CsrfToken;

import java.util.Collections;

/**
 * The request's CSRF token, noting whether the page used it: a page that carries a token belongs to one browser
 * and is never kept for others.
 */
final class TrackedCsrfToken implements CsrfToken {

    private final CsrfToken token;
    private volatile boolean used;

    private TrackedCsrfToken(CsrfToken token) {
        this.token = token;
    }

    /**
     * Puts a tracking token in place of the request's, under both names Spring Security gives it (asking the token
     * its parameter name would make it, so the attributes are compared instead).
     */
    static TrackedCsrfToken track(HttpServletRequest request) {
        CsrfToken current = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        var tracked = new TrackedCsrfToken(current);
        if (current != null) {
            request.setAttribute(CsrfToken.class.getName(), tracked);
            for (String name : Collections.list(request.getAttributeNames())) {
                if (request.getAttribute(name) == current) {
                    request.setAttribute(name, tracked);
                }
            }
        }
        return tracked;
    }

    boolean used() {
        return used;
    }

    @Override
    public String getHeaderName() {
        used = true;
        return token.getHeaderName();
    }

    @Override
    public String getParameterName() {
        used = true;
        return token.getParameterName();
    }

    @Override
    public String getToken() {
        used = true;
        return token.getToken();
    }
}
