package org.labourhub.risk.model;

/**
 * The non-zero values of a row-major design matrix, row by row (compressed sparse rows). Indicator columns are
 * mostly zero, so each IRLS step touches about half the values, without a branch per value.
 */
record SparseRows(int[] start, byte[] column, double[] value) {

    static SparseRows of(double[] x, int n, int p) {
        if (p > Byte.MAX_VALUE) {
            throw new IllegalArgumentException("at most " + Byte.MAX_VALUE + " model columns");
        }
        int[] start = new int[n + 1];
        for (int i = 0; i < n; i++) {
            int count = 0;
            for (int j = 0; j < p; j++) {
                count += x[i * p + j] != 0 ? 1 : 0;
            }
            start[i + 1] = start[i] + count;
        }
        byte[] column = new byte[start[n]];
        double[] value = new double[start[n]];
        for (int i = 0, at = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                double v = x[i * p + j];
                if (v != 0) {
                    column[at] = (byte) j;
                    value[at++] = v;
                }
            }
        }
        return new SparseRows(start, column, value);
    }
}
