package org.labourhub.projects;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.labourhub.platform.i18n.Language;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The flagged projects with their reasons, and the delivery by year, as CSV (UTF-8 with BOM, for Excel) and XLSX. */
@Controller
class MonitoringExport {

    private final Bottlenecks bottlenecks;
    private final MonitoringSettings settings;
    private final DashboardFigures figures;
    private final MessageSource messages;

    MonitoringExport(Bottlenecks bottlenecks, MonitoringSettings settings, DashboardFigures figures, MessageSource messages) {
        this.bottlenecks = bottlenecks;
        this.settings = settings;
        this.figures = figures;
        this.messages = messages;
    }

    @GetMapping("/projects/monitoring.csv")
    void csv(Locale locale, HttpServletResponse response) throws IOException {
        start(response, "monitoring.csv", "text/csv;charset=UTF-8");
        var out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8), 1 << 16);
        out.write('\uFEFF');
        for (List<String> row : (Iterable<List<String>>) rows(locale)::iterator) {
            out.write(String.join(",", row.stream().map(MonitoringExport::quoted).toList()));
            out.write("\r\n");
        }
        out.flush();
    }

    @GetMapping("/projects/monitoring.xlsx")
    void xlsx(Locale locale, HttpServletResponse response) throws IOException {
        start(response, "monitoring.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (var book = new SXSSFWorkbook(100)) {
            var sheet = book.createSheet(message("projects.monitoring.title", locale));
            int r = 0;
            for (List<String> values : (Iterable<List<String>>) rows(locale)::iterator) {
                var row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    row.createCell(c).setCellValue(values.get(c));
                }
            }
            book.write(response.getOutputStream());
        }
    }

    /**
     * Flagged projects first, then the delivery by year; the first row of each block names its columns. Made as they
     * are written: a large registry flags hundreds of thousands of rows, which are never all held as text at once.
     */
    private Stream<List<String>> rows(Locale locale) {
        Stream<List<String>> flags = bottlenecks.find(settings.current(), Language.of(locale)).stream()
                .map(b -> List.of(String.valueOf(b.projectId()), b.title(), message("projects.bottleneck.rule." + b.rule(), locale),
                        messages.getMessage(b.messageKey(), b.reason().toArray(), locale)));
        Stream<List<String>> years = figures.byYear().stream()
                .map(year -> List.of(year.key(), year.budget().toPlainString(), year.expenditure().toPlainString(),
                        year.rate() == null ? "" : year.rate() + " %"));
        return Stream.of(
                Stream.of(List.of(message("projects.export.project", locale), message("projects.field.title", locale),
                        message("projects.export.rule", locale), message("projects.export.reason", locale))),
                flags,
                Stream.of(List.<String>of(), List.of(message("projects.facet.year", locale), message("projects.delivery.budget", locale),
                        message("projects.delivery.expenditure", locale), message("projects.delivery.rate", locale))),
                years).flatMap(s -> s);
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private static String quoted(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }

    private static void start(HttpServletResponse response, String name, String type) {
        response.setContentType(type);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString());
    }
}
