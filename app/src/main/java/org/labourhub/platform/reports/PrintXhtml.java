package org.labourhub.platform.reports;

import java.util.List;

/**
 * The print form of a report as well-formed XHTML for the PDF renderer: A4 pages (landscape for wide tables),
 * the embedded DejaVu font, table headings repeated on every page, page numbers in the footer.
 */
final class PrintXhtml {

    static final String FONT = "DejaVu Sans";

    private PrintXhtml() {
    }

    static String of(Report report, String language) {
        var html = new StringBuilder(64 * 1024);
        html.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"")
                .append(escape(language)).append("\"><head><meta charset=\"UTF-8\"/><title>")
                .append(escape(report.title())).append("</title><style>").append(css(report.isWide()))
                .append("</style></head><body>");
        html.append("<h1>").append(escape(report.title())).append("</h1>");
        if (!report.subtitle().isBlank()) {
            html.append("<p class=\"subtitle\">").append(lines(report.subtitle())).append("</p>");
        }
        for (ReportSection section : report.sections()) {
            if (!section.heading().isBlank()) {
                html.append("<h2>").append(escape(section.heading())).append("</h2>");
            }
            section.blocks().forEach(block -> block(html, block));
        }
        return html.append("</body></html>").toString();
    }

    private static void block(StringBuilder html, ReportBlock block) {
        if (block instanceof ReportBlock.Paragraph p) {
            html.append("<p>").append(runs(p.text())).append("</p>");
        } else if (block instanceof ReportBlock.NumberedList list) {
            html.append("<table class=\"list\">");
            list.items().forEach(i -> html.append("<tr><td class=\"label\">").append(escape(i.label()))
                    .append("</td><td>").append(runs(i.text())).append("</td></tr>"));
            html.append("</table>");
        } else if (block instanceof ReportTable table) {
            table(html, table);
        }
    }

    private static void table(StringBuilder html, ReportTable table) {
        html.append("<table class=\"data\"><thead><tr>");
        for (int i = 0; i < table.columns().size(); i++) {
            html.append("<th style=\"width:").append(table.percent(i)).append("%\">")
                    .append(escape(table.columns().get(i))).append("</th>");
        }
        html.append("</tr></thead><tbody>");
        for (ReportTable.RowGroup group : table.groups()) {
            if (group.hasHeading()) {
                html.append("<tr class=\"group\"><td colspan=\"").append(table.columns().size()).append("\">")
                        .append(runs(group.heading())).append("</td></tr>");
            }
            for (List<ReportText> row : group.rows()) {
                html.append("<tr>");
                row.forEach(cell -> html.append("<td>").append(runs(cell)).append("</td>"));
                html.append("</tr>");
            }
        }
        html.append("</tbody></table>");
    }

    private static String css(boolean landscape) {
        return "@page { size: A4" + (landscape ? " landscape" : "") + "; margin: 18mm 15mm 20mm 15mm;"
                + " @bottom-center { content: counter(page) \" / \" counter(pages); font-family: '" + FONT + "'; font-size: 8pt; } }"
                + " body { font-family: '" + FONT + "'; font-size: 9.5pt; line-height: 1.3; color: #111; }"
                + " h1 { font-size: 16pt; margin: 0 0 4pt 0; } h2 { font-size: 12.5pt; margin: 14pt 0 6pt 0; }"
                + " .subtitle { color: #333; margin: 0 0 10pt 0; }"
                + " table { width: 100%; border-collapse: collapse; -fs-table-paginate: paginate; }"
                + " table.data th, table.data td { border: 0.5pt solid #777; padding: 3pt 4pt; vertical-align: top; text-align: left; }"
                + " table.data th { background: #dce3ea; font-weight: bold; } thead { display: table-header-group; }"
                + " tr { page-break-inside: auto; } tr.group { page-break-inside: avoid; page-break-after: avoid; }"
                + " tr.group td { background: #f0f3f6; font-weight: bold; }"
                + " table.list td { padding: 2pt 4pt; vertical-align: top; } td.label { width: 8%; font-weight: bold; }"
                + " .untranslated { font-style: italic; font-weight: normal; color: #555; font-size: 8pt; }";
    }

    /** Each run in its language; an untranslated one followed by its note in italics. */
    private static String runs(ReportText text) {
        var out = new StringBuilder();
        for (ReportText.Run r : text.runs()) {
            if (r.language() == null) {
                out.append(lines(r.text()));
            } else {
                out.append("<span lang=\"").append(escape(r.language())).append("\">").append(lines(r.text())).append("</span>");
            }
            if (r.isUntranslated()) {
                out.append(" <span class=\"untranslated\">").append(escape(r.note())).append("</span>");
            }
        }
        return out.toString();
    }

    private static String lines(String text) {
        return escape(text).replace("\n", "<br/>");
    }

    static String escape(String text) {
        var out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
