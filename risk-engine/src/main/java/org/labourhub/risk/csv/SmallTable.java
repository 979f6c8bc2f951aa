package org.labourhub.risk.csv;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.labourhub.risk.csv.CsvFile.RowProblem;

/** A small territory-level CSV (a code column and numeric columns), read whole: indicators, observed rates. */
public record SmallTable(List<String> codes, double[][] columns) {

    public static SmallTable read(Path path, String codeColumn, List<String> numericColumns) {
        var file = new CsvFile(path);
        int codeField = file.column(codeColumn, "territory");
        int[] fields = numericColumns.stream().mapToInt(c -> file.column(c, "indicator")).toArray();
        var codes = new ArrayList<String>();
        var values = new ArrayList<double[]>();
        file.forEachBlock(1, (lines, offset) -> {
            while (lines.next()) {
                if (codeField >= lines.fieldCount() || lines.isEmpty(codeField)) {
                    throw new RowProblem(lines, codeColumn, "the territory code is empty. Fill it in or remove the line.");
                }
                codes.add(lines.text(codeField, file.format().charset()));
                double[] row = new double[fields.length];
                for (int c = 0; c < fields.length; c++) {
                    row[c] = fields[c] < lines.fieldCount() ? lines.number(fields[c]) : Double.NaN;
                    if (Double.isNaN(row[c])) {
                        throw new RowProblem(lines, numericColumns.get(c), "'" + (fields[c] < lines.fieldCount()
                                ? lines.text(fields[c], file.format().charset()) : "") + "' is not a number.");
                    }
                }
                values.add(row);
            }
            return Boolean.TRUE;
        }, done -> { });
        double[][] columns = new double[fields.length][codes.size()];
        for (int r = 0; r < codes.size(); r++) {
            for (int c = 0; c < fields.length; c++) {
                columns[c][r] = values.get(r)[c];
            }
        }
        if (codes.isEmpty()) {
            throw InputError.inFile(path, "has no territory rows.");
        }
        return new SmallTable(List.copyOf(codes), columns);
    }
}
