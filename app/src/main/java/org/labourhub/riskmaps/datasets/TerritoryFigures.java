package org.labourhub.riskmaps.datasets;

import org.labourhub.riskmaps.Dataset;
import org.labourhub.riskmaps.DatasetFormat;
import org.labourhub.riskmaps.datasets.formats.MicrodataFormat;
import org.labourhub.riskmaps.datasets.formats.MicrodataProblem;
import org.labourhub.riskmaps.datasets.formats.MicrodataReader;
import org.labourhub.riskmaps.datasets.formats.NumberText;
import org.labourhub.riskmaps.datasets.formats.ReadOptions;
import org.labourhub.riskmaps.datasets.formats.Row;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A small table of figures per territory read from a dataset's engine copy (indicators for the vulnerability index,
 * an observed rate for validation): one row per territory, a code column and numeric columns, every cell filled.
 * What is wrong is a {@link Problem} naming the row, the column and the value, for the page to say in words.
 */
@Component
public class TerritoryFigures {

    private final DatasetFiles files;

    TerritoryFigures(DatasetFiles files) {
        this.files = files;
    }

    /** The territories' codes in the file's order and {@code columns[c][t]}, column c of territory t. */
    public record Table(List<String> codes, double[][] columns) {

        public Map<String, Integer> positions() {
            var positions = new HashMap<String, Integer>();
            for (int t = 0; t < codes.size(); t++) {
                positions.put(codes.get(t), t);
            }
            return positions;
        }
    }

    /** What can be wrong, each with the suffix of its message key. */
    public enum Kind {
        /** The dataset's file was deleted. Arguments: none. */
        NO_FILE("noFile"),
        /** A column asked for is not in the file. Argument: the column. */
        NO_COLUMN("noColumn"),
        /** A row without a territory code. */
        NO_CODE("noCode"),
        /** A territory code given twice. Argument: the code. */
        TWICE("twice"),
        /** An empty cell. Arguments: the column, the territory code. */
        EMPTY("empty"),
        /** A cell that is not a number. Arguments: the column, the value. */
        NOT_A_NUMBER("notANumber"),
        /** The file cannot be read as it was when it was uploaded. */
        UNREADABLE("unreadable"),
        /** The file has no territory rows. */
        NO_ROWS("noRows");

        private final String suffix;

        Kind(String suffix) {
            this.suffix = suffix;
        }

        public String suffix() {
            return suffix;
        }
    }

    /**
     * A problem with the table; {@code row} is the row of the file (the header being row 1 of a text file or a
     * workbook, case 1 the first of a Stata or SPSS file), 0 for the file as a whole.
     */
    public static final class Problem extends RuntimeException {

        private final Kind kind;
        private final long row;
        private final boolean cases;
        private final List<String> args;

        Problem(Kind kind, long row, boolean cases, String... args) {
            super(kind.suffix(), null, false, false);
            this.kind = kind;
            this.row = row;
            this.cases = cases;
            this.args = List.of(args);
        }

        public Kind kind() {
            return kind;
        }

        public long row() {
            return row;
        }

        /** Whether the row counts cases (Stata, SPSS) rather than lines. */
        public boolean cases() {
            return cases;
        }

        public List<String> args() {
            return args;
        }
    }

    public Table read(Dataset dataset, String codeColumn, List<String> numberColumns) {
        boolean cases = dataset.format() == DatasetFormat.DTA || dataset.format() == DatasetFormat.SAV;
        Path file = files.engineCopy(dataset).orElseThrow(() -> new Problem(Kind.NO_FILE, 0, cases));
        for (String column : concat(codeColumn, numberColumns)) {
            if (dataset.variable(column).isEmpty()) {
                throw new Problem(Kind.NO_COLUMN, 0, cases, column);
            }
        }
        var options = new ReadOptions(StandardCharsets.UTF_8, ',', null, Set.of());
        try (MicrodataReader reader = MicrodataFormat.CSV.reader(file, options)) {
            return read(reader, codeColumn, numberColumns, cases);
        } catch (MicrodataProblem unreadable) {
            throw new Problem(Kind.UNREADABLE, 0, cases);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Table read(MicrodataReader reader, String codeColumn, List<String> numberColumns, boolean cases)
            throws IOException {
        int code = reader.columnOf(codeColumn);
        int[] fields = numberColumns.stream().mapToInt(reader::columnOf).toArray();
        var codes = new ArrayList<String>();
        var rows = new ArrayList<double[]>();
        var seen = new java.util.HashSet<String>();
        for (Row row = reader.next(); row != null; row = reader.next()) {
            long at = cases ? row.index() : row.index() + 1;
            String territory = row.valueText(code).strip();
            if (territory.isEmpty()) {
                throw new Problem(Kind.NO_CODE, at, cases);
            }
            if (!seen.add(territory)) {
                throw new Problem(Kind.TWICE, at, cases, territory);
            }
            double[] values = new double[fields.length];
            for (int c = 0; c < fields.length; c++) {
                String cell = row.valueText(fields[c]).strip();
                if (cell.isEmpty()) {
                    throw new Problem(Kind.EMPTY, at, cases, numberColumns.get(c), territory);
                }
                values[c] = NumberText.parse(cell);
                if (Double.isNaN(values[c])) {
                    throw new Problem(Kind.NOT_A_NUMBER, at, cases, numberColumns.get(c), cell);
                }
            }
            codes.add(territory);
            rows.add(values);
        }
        if (codes.isEmpty()) {
            throw new Problem(Kind.NO_ROWS, 0, cases);
        }
        double[][] columns = new double[fields.length][codes.size()];
        for (int t = 0; t < codes.size(); t++) {
            for (int c = 0; c < fields.length; c++) {
                columns[c][t] = rows.get(t)[c];
            }
        }
        return new Table(List.copyOf(codes), columns);
    }

    private static List<String> concat(String first, List<String> rest) {
        var all = new ArrayList<String>(rest.size() + 1);
        all.add(first);
        all.addAll(rest);
        return all;
    }
}
