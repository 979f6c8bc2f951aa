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
        String text = String.valueOf(value);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '&' || c == '<' || c == '>' || c == '"') {
                return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
            }
        }
        return text;
    }

    static String page(String language, String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"" + language + "\"><head><meta charset=\"utf-8\"><title>" + escape(title) + "</title>"
                + STYLE + "</head><body><h1>" + escape(title) + "</h1>\n" + body + "</body></html>\n";
    }

    static String percent(double share) {
        return percent(share, "en");
    }

    /** The value with {@code decimals} decimals and thousands separated by commas (String.format is slow). */
    static String number(double value, int decimals) {
        return number(value, decimals, "en");
    }

    /** A share as a percentage with one decimal, written as the language writes numbers. */
    static String percent(double share, String language) {
        return Double.isFinite(share) ? fixed(100 * share, 1, false, language) + (language.equals("fr") ? "\u202F%"
                : " %") : "–";
    }

    /**
     * The value with {@code decimals} decimals, written as the language writes numbers: 1,234.5 in English,
     * 1.234,5 in Spanish and Portuguese, 1 234,5 in French (a narrow no-break space groups thousands).
     */
    static String number(double value, int decimals, String language) {
        return Double.isFinite(value) ? fixed(value, decimals, true, language) : "–";
    }

    static String fixed(double value, int decimals, boolean grouping, String language) {
        char point = language.equals("en") ? '.' : ',';
        char group = switch (language) {
            case "en" -> ',';
            case "fr" -> '\u202F';
            default -> '.';
        };
        long scale = (long) Math.pow(10, decimals);
        if (Math.abs(value) * scale >= 1e15) {
            return String.format(Locale.ROOT, grouping ? "%,." + decimals + "f" : "%." + decimals + "f", value)
                    .replace(',', '\u0000').replace('.', point).replace('\u0000', group);
        }
        long scaled = Math.round(Math.abs(value) * scale);
        String whole = Long.toString(scaled / scale);
        var sb = new StringBuilder(value < 0 && scaled != 0 ? "-" : "");
        for (int i = 0; i < whole.length(); i++) {
            if (grouping && i > 0 && (whole.length() - i) % 3 == 0) {
                sb.append(group);
            }
            sb.append(whole.charAt(i));
        }
        if (decimals > 0) {
            String fraction = Long.toString(scaled % scale);
            sb.append(point).append("0".repeat(decimals - fraction.length())).append(fraction);
        }
        return sb.toString();
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
