package org.labourhub.projects;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.labourhub.platform.i18n.Language;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
    ResponseEntity<byte[]> csv(Locale locale) {
        var out = new StringBuilder("\uFEFF");
        for (List<String> row : rows(locale)) {
            out.append(String.join(",", row.stream().map(MonitoringExport::quoted).toList())).append("\r\n");
        }
        return download(out.toString().getBytes(StandardCharsets.UTF_8), "monitoring.csv", new MediaType("text", "csv", StandardCharsets.UTF_8));
    }

    @GetMapping("/projects/monitoring.xlsx")
    ResponseEntity<byte[]> xlsx(Locale locale) throws IOException {
        try (var book = new SXSSFWorkbook(100); var bytes = new ByteArrayOutputStream()) {
            var sheet = book.createSheet(message("projects.monitoring.title", locale));
            List<List<String>> rows = rows(locale);
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            book.write(bytes);
            return download(bytes.toByteArray(), "monitoring.xlsx",
                    MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        }
    }

    /** Flagged projects first, then the delivery by year; the first row of each block names its columns. */
    private List<List<String>> rows(Locale locale) {
        var rows = new ArrayList<List<String>>();
        rows.add(List.of(message("projects.export.project", locale), message("projects.field.title", locale),
                message("projects.export.rule", locale), message("projects.export.reason", locale)));
        for (Bottleneck b : bottlenecks.find(settings.current(), Language.of(locale))) {
            rows.add(List.of(String.valueOf(b.projectId()), b.title(), message("projects.bottleneck.rule." + b.rule(), locale),
                    messages.getMessage(b.messageKey(), b.reason().toArray(), locale)));
        }
        rows.add(List.of());
        rows.add(List.of(message("projects.facet.year", locale), message("projects.delivery.budget", locale),
                message("projects.delivery.expenditure", locale), message("projects.delivery.rate", locale)));
        for (var year : figures.byYear()) {
            rows.add(List.of(year.key(), year.budget().toPlainString(), year.expenditure().toPlainString(),
                    year.rate() == null ? "" : year.rate() + " %"));
        }
        return rows;
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private static String quoted(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }

    private static ResponseEntity<byte[]> download(byte[] body, String name, MediaType type) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }
}
