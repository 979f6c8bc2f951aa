package org.labourhub.risk.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.labourhub.risk.RunResult;

/** The territory table as CSV (UTF-8, comma, header), one row per territory in code order. */
public final class TerritoryTable {

    private TerritoryTable() {
    }

    public static void write(RunResult run, Path file) {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int t = 0; t < run.rates().size(); t++) {
                Map<String, Object> row = TerritoryRow.of(run, t);
                if (t == 0) {
                    out.write(String.join(",", row.keySet().stream().map(TerritoryTable::field).toList()));
                    out.newLine();
                }
                out.write(String.join(",", row.values().stream().map(TerritoryTable::field).toList()));
                out.newLine();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    static String field(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double d) {
            return Double.isFinite(d) ? (d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) (double) d)
                    : Double.toString(d)) : "";
        }
        String s = value.toString();
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
