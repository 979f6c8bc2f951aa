package org.labourhub.projects.importing.sheet;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The figures of bench/uploads (run by bench/uploads/run.sh, not a test): the mapping screen's preview of a large
 * XLSX (header and 5 rows) against reading the whole sheet, in the same JVM. A sheet holds at most 1,048,576 rows,
 * so a workbook of more projects has more sheets; their texts share one table.
 * <pre>
 *   generate FILE ROWS shared|inline   writes the workbook with POI's SXSSF, texts shared (as Excel saves) or inline
 *   measure FILE                       prints a BENCH line: preview, header, POI's shared-strings table, whole reads
 * </pre>
 */
public final class SheetPreviewBenchmark {

    private static final int SHEET_ROWS = 1_048_576;
    private static final String[] COUNTRIES = {"AR", "BO", "BR", "CL", "CO", "CR", "EC", "GT", "HN", "MX", "PA", "PE",
            "PY", "SV", "UY"};

    private SheetPreviewBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "generate" -> generate(Path.of(args[1]), Integer.parseInt(args[2]), "shared".equals(args[3]));
            case "measure" -> measure(Path.of(args[1]));
            default -> throw new IllegalArgumentException("generate FILE ROWS shared|inline, or measure FILE");
        }
    }

    private static void generate(Path file, int rows, boolean shared) throws Exception {
        long start = System.nanoTime();
        Files.createDirectories(file.getParent());
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        try (var book = new SXSSFWorkbook(null, 500, true, shared); OutputStream out = Files.newOutputStream(partial)) {
            var dates = book.createCellStyle();
            dates.setDataFormat(book.createDataFormat().getFormat("dd/mm/yyyy"));
            // a sheet holds at most 1,048,576 rows (the header and 1,048,575 projects): the rest go on further sheets
            for (int done = 0, number = 1; done < rows; number++) {
                int these = Math.min(rows - done, SHEET_ROWS - 1);
                fill(book.createSheet(number == 1 ? "Inventario" : "Inventario (" + number + ")"), dates, done, these);
                done += these;
            }
            book.write(out);
        }
        Files.move(partial, file);
        System.out.printf("generated %s: %,d rows, texts %s, %.1f MB, in %.0f s%n", file.getFileName(), rows,
                shared ? "shared" : "inline", Files.size(file) / 1e6, (System.nanoTime() - start) / 1e9);
    }

    /** A header and the projects numbered after {@code before}, {@code rows} of them. */
    private static void fill(Sheet sheet, CellStyle dates, int before, int rows) {
        var header = sheet.createRow(0);
        String[] names = {"Código", "Título", "Países", "Inicio", "Fin", "Presupuesto", "Moneda"};
        for (int i = 0; i < names.length; i++) {
            header.createCell(i).setCellValue(names[i]);
        }
        LocalDate first = LocalDate.of(2010, 1, 1);
        for (int r = 1; r <= rows; r++) {
            int n = before + r;
            var row = sheet.createRow(r);
            row.createCell(0).setCellValue("BX-" + n);
            row.createCell(1).setCellValue("Proyecto de empleo juvenil número " + n + " en " + COUNTRIES[n % COUNTRIES.length]);
            row.createCell(2).setCellValue(COUNTRIES[n % COUNTRIES.length]);
            var begins = row.createCell(3);
            begins.setCellValue(first.plusDays(n % 3000));
            begins.setCellStyle(dates);
            var ends = row.createCell(4);
            ends.setCellValue(first.plusDays(n % 3000 + 730));
            ends.setCellStyle(dates);
            row.createCell(5).setCellValue(10_000 + (n * 37L) % 5_000_000);
            row.createCell(6).setCellValue("USD");
        }
    }

    private static void measure(Path file) throws Exception {
        String name = file.getFileName().toString();
        for (int i = 0; i < 3; i++) {
            Spreadsheet.preview(file, 0, 5); // warm-up: class loading and the JIT
        }
        double[] preview = new double[7];
        for (int i = 0; i < preview.length; i++) {
            long start = System.nanoTime();
            SheetPreview shown = Spreadsheet.preview(file, 0, 5);
            preview[i] = millis(start);
            if (shown.rows().size() != 5) {
                throw new IllegalStateException("preview of " + shown.rows().size() + " rows");
            }
        }
        double[] header = new double[5];
        for (int i = 0; i < header.length; i++) {
            long start = System.nanoTime();
            Spreadsheet.open(file, 0).header();
            header[i] = millis(start);
        }
        long start = System.nanoTime();
        int texts;
        var workbook = OPCPackage.open(file.toFile(), PackageAccess.READ);
        try {
            texts = new ReadOnlySharedStringsTable(workbook).getUniqueCount();
        } finally {
            workbook.revert();
        }
        double poiTexts = millis(start);
        double whole = Double.MAX_VALUE;
        long rows = 0;
        for (int i = 0; i < 2; i++) {
            var count = new AtomicLong();
            start = System.nanoTime();
            Spreadsheet.open(file, 0).rows(row -> count.incrementAndGet());
            whole = Math.min(whole, millis(start));
            rows = count.get();
        }
        var sheets = Spreadsheet.preview(file, 0, 0).sheetNames();
        var all = new AtomicLong();
        start = System.nanoTime();
        for (int sheet = 0; sheet < sheets.size(); sheet++) {
            Spreadsheet.open(file, sheet).rows(row -> all.incrementAndGet());
        }
        double everySheet = millis(start);
        double median = median(preview);
        System.out.printf("BENCH %s (%.1f MB, %,d rows in %d sheets, %,d shared texts): preview of the first sheet median %.0f ms "
                        + "(of %d; min %.0f, max %.0f), header median %.0f ms, POI's shared-strings table alone %.0f ms, "
                        + "whole first sheet (%,d rows) %.1f s (best of 2), every sheet %.1f s; preview / whole sheet = %.4f%n",
                name, Files.size(file) / 1e6, all.get(), sheets.size(), texts, median, preview.length,
                Arrays.stream(preview).min().orElseThrow(), Arrays.stream(preview).max().orElseThrow(), median(header),
                poiTexts, rows, whole / 1000, everySheet / 1000, median / whole);
    }

    private static double millis(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
