package org.labourhub.directory;

/** Pages that htmx asks for get only the fragment it swaps in; other requests get the whole page. */
final class Htmx {

    static final String HEADER = "HX-Request";

    private Htmx() {
    }

    static String view(String hxRequest, String page, String fragment) {
        return "true".equals(hxRequest) ? page + " :: " + fragment : page;
    }
}
