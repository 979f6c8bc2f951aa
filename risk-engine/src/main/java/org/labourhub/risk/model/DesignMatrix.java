package org.labourhub.risk.model;

import org.labourhub.risk.parallel.OrderedParallel;

/**
 * The model's design matrix, kept the way the fit reads it. Most columns of a risk model hold only 0 and 1
 * (indicators of categories, flags such as rural or poor): a row's 0/1 columns are kept as one pattern number, its
 * bits the columns equal to 1, and only the other columns as values. Every child with the same pattern shares
 * these columns, so the fit sums its weights per pattern and spreads the sums over the pattern's columns once per
 * pass, instead of once per child. Column 0 is the intercept, 1 in every row.
 */
public final class DesignMatrix {

    /** At most this many 0/1 columns make up the pattern (so at most 4,096 patterns); further ones are values. */
    static final int MAX_PATTERN_BITS = 12;
    private static final int BLOCK_ROWS = 1 << 16;

    /** Writes the non-zero values of row {@code i} into {@code row}, which comes filled with zeros. */
    public interface RowSource {
        void fill(int i, double[] row);
    }

    private final int rows;
    private final int columns;
    private final int[] pattern;
    private final int[][] patternColumns;
    private final int[] valueColumn;
    private final double[] values;

    private DesignMatrix(int rows, int columns, int[] pattern, int[][] patternColumns, int[] valueColumn,
                         double[] values) {
        this.rows = rows;
        this.columns = columns;
        this.pattern = pattern;
        this.patternColumns = patternColumns;
        this.valueColumn = valueColumn;
        this.values = values;
    }

    /**
     * Builds the matrix row by row from {@code source}; {@code zeroOne[j]} says column j holds only 0 and 1.
     * Rows are filled on {@code threads} threads, each with its own row buffer, so {@code source} must only read.
     */
    public static DesignMatrix of(int rows, int columns, boolean[] zeroOne, RowSource source, int threads) {
        int[] bitColumn = patternBitColumns(columns, zeroOne);
        int[] valueColumn = valueColumns(columns, bitColumn);
        int m = valueColumn.length;
        int[] pattern = new int[rows];
        double[] values = new double[rows * m];
        int blocks = (rows + BLOCK_ROWS - 1) / BLOCK_ROWS;
        new OrderedParallel<Boolean>(threads).run(blocks, b -> {
            double[] row = new double[columns];
            for (int i = b * BLOCK_ROWS; i < Math.min(rows, (b + 1) * BLOCK_ROWS); i++) {
                java.util.Arrays.fill(row, 0);
                source.fill(i, row);
                int code = 0;
                for (int bit = 0; bit < bitColumn.length; bit++) {
                    code |= (row[bitColumn[bit]] != 0 ? 1 : 0) << bit;
                }
                pattern[i] = code;
                for (int k = 0; k < m; k++) {
                    values[i * m + k] = row[valueColumn[k]];
                }
            }
            return Boolean.TRUE;
        }, done -> { });
        return new DesignMatrix(rows, columns, pattern, patternColumns(bitColumn), valueColumn, values);
    }

    /** From a row-major dense matrix, finding the 0/1 columns itself. */
    public static DesignMatrix ofDense(double[] x, int rows, int columns) {
        if (x.length != (long) rows * columns) {
            throw new IllegalArgumentException("the matrix does not have " + rows + " rows of " + columns + " values");
        }
        boolean[] zeroOne = new boolean[columns];
        java.util.Arrays.fill(zeroOne, true);
        for (int i = 0; i < x.length; i++) {
            zeroOne[i % columns] &= x[i] == 0 || x[i] == 1;
        }
        return of(rows, columns, zeroOne, (i, row) -> System.arraycopy(x, i * columns, row, 0, columns), 1);
    }

    /** The intercept is in every pattern, so it takes no bit; the first 0/1 columns after it do. */
    private static int[] patternBitColumns(int columns, boolean[] zeroOne) {
        return java.util.stream.IntStream.range(1, columns).filter(j -> zeroOne[j]).limit(MAX_PATTERN_BITS).toArray();
    }

    private static int[] valueColumns(int columns, int[] bitColumn) {
        boolean[] inPattern = new boolean[columns];
        inPattern[0] = true;
        for (int j : bitColumn) {
            inPattern[j] = true;
        }
        return java.util.stream.IntStream.range(0, columns).filter(j -> !inPattern[j]).toArray();
    }

    private static int[][] patternColumns(int[] bitColumn) {
        int[][] columnsOf = new int[1 << bitColumn.length][];
        for (int code = 0; code < columnsOf.length; code++) {
            int[] set = new int[1 + Integer.bitCount(code)];
            int at = 1;
            for (int bit = 0; bit < bitColumn.length; bit++) {
                if ((code & (1 << bit)) != 0) {
                    set[at++] = bitColumn[bit];
                }
            }
            java.util.Arrays.sort(set, 1, set.length);
            columnsOf[code] = set;
        }
        return columnsOf;
    }

    /** Every {@code step}-th row, sharing this matrix's patterns. */
    DesignMatrix everyNth(int step) {
        int m = valueColumn.length;
        int count = rows / step;
        int[] subPattern = new int[count];
        double[] subValues = new double[count * m];
        for (int i = 0; i < count; i++) {
            subPattern[i] = pattern[i * step];
            System.arraycopy(values, i * step * m, subValues, i * m, m);
        }
        return new DesignMatrix(count, columns, subPattern, patternColumns, valueColumn, subValues);
    }

    /** Writes row {@code i}, all columns, into {@code row}. */
    public void row(int i, double[] row) {
        java.util.Arrays.fill(row, 0);
        for (int j : patternColumns[pattern[i]]) {
            row[j] = 1;
        }
        int m = valueColumn.length;
        for (int k = 0; k < m; k++) {
            row[valueColumn[k]] = values[i * m + k];
        }
    }

    /** x·beta for row {@code i}, given the pattern part {@code patternEta} from {@link #patternEta}. */
    double eta(int i, double[] patternEta, double[] valueBeta) {
        double eta = patternEta[pattern[i]];
        int m = valueColumn.length;
        for (int k = 0; k < m; k++) {
            eta += values[i * m + k] * valueBeta[k];
        }
        return eta;
    }

    /** For each pattern, the sum of the coefficients of its columns. */
    double[] patternEta(double[] beta) {
        double[] eta = new double[patternColumns.length];
        for (int code = 0; code < eta.length; code++) {
            for (int j : patternColumns[code]) {
                eta[code] += beta[j];
            }
        }
        return eta;
    }

    /** The coefficients of the value columns, in their order. */
    double[] valueBeta(double[] beta) {
        double[] valueBeta = new double[valueColumn.length];
        for (int k = 0; k < valueBeta.length; k++) {
            valueBeta[k] = beta[valueColumn[k]];
        }
        return valueBeta;
    }

    public int rows() {
        return rows;
    }

    public int columns() {
        return columns;
    }

    int[] pattern() {
        return pattern;
    }

    int patterns() {
        return patternColumns.length;
    }

    /** The columns equal to 1 in rows of pattern {@code code}, the intercept first. */
    int[] patternColumns(int code) {
        return patternColumns[code];
    }

    int[] valueColumn() {
        return valueColumn;
    }

    /** Row-major, {@code valueColumn().length} per row. */
    double[] values() {
        return values;
    }
}
