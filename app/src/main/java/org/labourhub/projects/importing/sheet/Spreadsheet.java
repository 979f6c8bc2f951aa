package org.labourhub.projects.importing.sheet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * A spreadsheet read row by row, whatever its format: XLSX (streaming, so a large file never sits in memory) or
 * CSV (UTF-8 or Windows-1252, comma or semicolon, detected). A file that is neither is refused with an
 * {@link UnreadableSheet} saying what it is.
 */
public interface Spreadsheet {

    /** The first row's cells: the column names. */
    List<String> header() throws IOException;

    /** Hands every row after the header to {@code each}, in order. */
    void rows(Consumer<SheetRow> each) throws IOException;

    /** The header and up to {@code rows} rows after it, read as far as they go and no further. */
    SheetPreview preview(int rows) throws IOException;

    /** What was detected about the file, for the mapping screen (e.g. "CSV, Windows-1252, ;"). */
    String description();

    /** The names of the workbook's sheets, in order; empty for a CSV file, which has one unnamed sheet. */
    List<String> sheetNames() throws IOException;

    static Spreadsheet open(Path file) throws IOException {
        return open(file, 0);
    }

    /** Opens the file to read it whole; of a workbook, the sheet numbered {@code sheet} from 0 (CSV ignores it). */
    static Spreadsheet open(Path file, int sheet) throws IOException {
        return switch (SheetFormat.of(file)) {
            case XLSX -> new XlsxSheet(file, sheet);
            case CSV -> CsvSheet.open(file);
        };
    }

    /**
     * The start of the sheet numbered {@code sheet} from 0: its header and up to {@code rows} rows. Only the start of
     * the file is read (a CSV file's encoding is judged from its first megabyte, which is all a preview shows).
     */
    static SheetPreview preview(Path file, int sheet, int rows) throws IOException {
        return switch (SheetFormat.of(file)) {
            case XLSX -> new XlsxSheet(file, sheet).preview(rows);
            case CSV -> CsvSheet.openStart(file).preview(rows);
        };
    }

    /** Spreadsheet column letters, as a reader sees them: 0 → A, 26 → AA. */
    static String columnLetter(int index) {
        StringBuilder letters = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            letters.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return letters.toString();
    }
}
