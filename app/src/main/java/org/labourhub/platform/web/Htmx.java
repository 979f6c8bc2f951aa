package org.labourhub.platform.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The one way LabourHub answers htmx: a request htmx makes to swap part of a page gets only that part; a boosted
 * link or form (htmx replacing the whole body) and an ordinary request get the whole page.
 */
public final class Htmx {

    static final String REQUEST = "HX-Request";
    static final String BOOSTED = "HX-Boosted";

    private Htmx() {
    }

    /** Whether the request asks for a fragment rather than a page. */
    public static boolean wantsFragment(HttpServletRequest request) {
        return "true".equals(request.getHeader(REQUEST)) && !"true".equals(request.getHeader(BOOSTED));
    }

    /** The view to render: the page, or only its {@code fragment} when htmx asks for a part. */
    public static String view(HttpServletRequest request, String page, String fragment) {
        return wantsFragment(request) ? page + " :: " + fragment : page;
    }
}
