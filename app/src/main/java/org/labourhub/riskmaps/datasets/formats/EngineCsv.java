package org.labourhub.riskmaps.datasets.formats;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes chosen variables of a microdata file as the risk engine reads them: UTF-8, comma-separated, a header of the
 * names, RFC 4180 quoting; a missing value (system or declared) is an empty cell, a number is written with a '.'
 * decimal point and without exponent (an integer as an integer), a text as it is.
 */
public final class EngineCsv {

    private EngineCsv() {
    }

    /** Writes the file; returns the number of cases written. */
    public static long write(MicrodataReader reader, List<String> names, Path target) throws IOException {
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(target, StandardCharsets.UTF_8), 1 << 16)) {
            return write(reader, names, out);
        }
    }

    public static long write(MicrodataReader reader, List<String> names, Writer out) throws IOException {
        int[] columns = new int[names.size()];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = reader.columnOf(names.get(i));
            out.write((i > 0 ? "," : "") + quoted(names.get(i)));
        }
        out.write("\r\n");
        long cases = 0;
        for (Row row = reader.next(); row != null; row = reader.next()) {
            for (int i = 0; i < columns.length; i++) {
                if (i > 0) {
                    out.write(',');
                }
                int column = columns[i];
                if (!row.isMissing(column)) {
                    out.write(row.variable(column).isNumber() ? NumberText.format(row.number(column))
                            : quoted(row.text(column)));
                }
            }
            out.write("\r\n");
            cases++;
        }
        return cases;
    }

    /** In double quotes (doubled inside) when it holds a comma, a quote or a line break. */
    static String quoted(String text) {
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
