package org.labourhub.projects.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * A spreadsheet read row by row, whatever its format: XLSX (streaming, so a large file never sits in memory) or
 * CSV (UTF-8 or Windows-1252, comma or semicolon, detected).
 */
public interface Spreadsheet {

    /** The first row's cells: the column names. */
    List<String> header() throws IOException;

    /** Hands every row after the header to {@code each}, in order. */
    void rows(Consumer<SheetRow> each) throws IOException;

    /** What was detected about the file, for the mapping screen (e.g. "CSV, Windows-1252, ;"). */
    String description();

    /** The names of the workbook's sheets, in order; empty for a CSV file, which has one unnamed sheet. */
    List<String> sheetNames() throws IOException;

    static Spreadsheet open(Path file) throws IOException {
        return open(file, 0);
    }

    /** Opens the file; of a workbook, the sheet numbered {@code sheet} from 0 (a CSV file ignores it). */
    static Spreadsheet open(Path file, int sheet) throws IOException {
        byte[] start = new byte[4];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(start, 0, 4);
        }
        boolean zip = read == 4 && start[0] == 'P' && start[1] == 'K' && start[2] == 3 && start[3] == 4;
        return zip ? new XlsxSheet(file, sheet) : CsvSheet.open(file);
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
