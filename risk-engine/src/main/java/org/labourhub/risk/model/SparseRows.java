package org.labourhub.risk.model;

import org.labourhub.risk.parallel.OrderedParallel;

/**
 * The non-zero values of a row-major design matrix, row by row (compressed sparse rows). Indicator columns are
 * mostly zero, so each IRLS step touches about half the values, without a branch per value.
 */
record SparseRows(int[] start, byte[] column, double[] value) {

    private static final int BLOCK_ROWS = 1 << 16;

    /** Built in two parallel passes over fixed row blocks: count, then fill; the result is the same on any threads. */
    static SparseRows of(double[] x, int n, int p, int threads) {
        if (p > Byte.MAX_VALUE) {
            throw new IllegalArgumentException("at most " + Byte.MAX_VALUE + " model columns");
        }
        int blocks = (n + BLOCK_ROWS - 1) / BLOCK_ROWS;
        int[] start = new int[n + 1];
        new OrderedParallel<Boolean>(threads).run(blocks, b -> {
            for (int i = b * BLOCK_ROWS; i < Math.min(n, (b + 1) * BLOCK_ROWS); i++) {
                int count = 0;
                for (int j = 0; j < p; j++) {
                    count += x[i * p + j] != 0 ? 1 : 0;
                }
                start[i + 1] = count;
            }
            return Boolean.TRUE;
        }, done -> { });
        for (int i = 0; i < n; i++) {
            start[i + 1] += start[i];
        }
        byte[] column = new byte[start[n]];
        double[] value = new double[start[n]];
        new OrderedParallel<Boolean>(threads).run(blocks, b -> {
            for (int i = b * BLOCK_ROWS; i < Math.min(n, (b + 1) * BLOCK_ROWS); i++) {
                int at = start[i];
                for (int j = 0; j < p; j++) {
                    double v = x[i * p + j];
                    if (v != 0) {
                        column[at] = (byte) j;
                        value[at++] = v;
                    }
                }
            }
            return Boolean.TRUE;
        }, done -> { });
        return new SparseRows(start, column, value);
    }
}
