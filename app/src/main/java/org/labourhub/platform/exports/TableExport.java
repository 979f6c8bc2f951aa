package org.labourhub.platform.exports;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every table the application hands out as CSV (UTF-8 with BOM, for Excel) or XLSX is written here, so that no text
 * cell can be read as a formula by the spreadsheet that opens it (OWASP "CSV injection"): a text beginning with
 * {@code = + - @}, a tab or a carriage return is prefixed with a single quote. Numbers given as numbers stay numbers.
 * Rows are written as they come, so a stream of hundreds of thousands of rows is never held at once.
 */
public final class TableExport {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private TableExport() {
    }

    /** A row's cells are texts ({@link String}, written neutralised), numbers ({@link Number}) or null (empty). */
    public static <R extends List<?>> void csv(HttpServletResponse response, String fileName, Stream<R> rows) throws IOException {
        csv(response, fileName, rows, StandardCharsets.UTF_8);
    }

    /**
     * The same in another encoding, for spreadsheets that read only their system's one (Windows-1252 in older Excel):
     * UTF-8 starts with a byte order mark; a character the encoding lacks is written as "?".
     */
    public static <R extends List<?>> void csv(HttpServletResponse response, String fileName, Stream<R> rows,
                                               Charset charset) throws IOException {
        start(response, fileName + ".csv", "text/csv;charset=" + charset.name());
        var out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), charset.newEncoder()
                .onUnmappableCharacter(CodingErrorAction.REPLACE).replaceWith(new byte[] {'?'})), 1 << 16);
        if (charset.equals(StandardCharsets.UTF_8)) {
            out.write('\uFEFF');
        }
        for (R row : (Iterable<R>) rows::iterator) {
            for (int c = 0; c < row.size(); c++) {
                out.write(c == 0 ? "" : ",");
                out.write(csvCell(row.get(c)));
            }
            out.write("\r\n");
        }
        out.flush();
    }

    public static <R extends List<?>> void xlsx(HttpServletResponse response, String fileName, String sheetName,
                                                Stream<R> rows) throws IOException {
        start(response, fileName + ".xlsx", XLSX);
        try (var book = new SXSSFWorkbook(100)) {
            var sheet = book.createSheet(neutralised(sheetName));
            int r = 0;
            for (R values : (Iterable<R>) rows::iterator) {
                var row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    if (value instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (value != null) {
                        row.createCell(c).setCellValue(neutralised(value.toString()));
                    }
                }
            }
            book.write(response.getOutputStream());
        }
    }

    /** The text as a spreadsheet must show it, never evaluate it. */
    public static String neutralised(String text) {
        if (text.isEmpty()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }

    private static String csvCell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof Number n) {
            return n.toString();
        }
        return "\"" + neutralised(value.toString()).replace("\"", "\"\"") + "\"";
    }

    private static void start(HttpServletResponse response, String name, String type) {
        response.setContentType(type);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString());
    }
}
