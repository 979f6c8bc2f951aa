package org.labourhub.risk.report;

import java.util.Locale;

/** Small helpers for the HTML reports: escaping and number formats. */
final class Html {

    static final String STYLE = "<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;color:#222}"
            + "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:.25em .6em;"
            + "text-align:right}td:first-child,th:first-child{text-align:left}.flag{color:#b00}</style>";

    private Html() {
    }

    static String escape(Object value) {
        return String.valueOf(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escape(title) + "</title>"
                + STYLE + "</head><body><h1>" + escape(title) + "</h1>\n" + body + "</body></html>\n";
    }

    static String percent(double share) {
        return Double.isFinite(share) ? String.format(Locale.ROOT, "%.1f %%", 100 * share) : "–";
    }

    static String number(double value, int decimals) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%,." + decimals + "f", value) : "–";
    }

    static String row(Object... cells) {
        var sb = new StringBuilder("<tr>");
        for (Object cell : cells) {
            sb.append("<td>").append(escape(cell)).append("</td>");
        }
        return sb.append("</tr>\n").toString();
    }

    static String header(String... cells) {
        var sb = new StringBuilder("<tr>");
        for (String cell : cells) {
            sb.append("<th>").append(escape(cell)).append("</th>");
        }
        return sb.append("</tr>\n").toString();
    }
}
