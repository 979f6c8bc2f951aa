package org.labourhub.risk.model;

/** Cholesky factor L (lower, A = LLᵀ) of a small symmetric positive-definite matrix, and what it solves. */
public final class Cholesky {

    private final double[][] lower;

    private Cholesky(double[][] lower) {
        this.lower = lower;
    }

    /**
     * Factors {@code a}, or tells which column is (numerically) a combination of the earlier ones.
     *
     * @throws SingularColumn with the column's index
     */
    public static Cholesky of(double[][] a) {
        int p = a.length;
        double[][] l = new double[p][p];
        for (int j = 0; j < p; j++) {
            double diagonal = a[j][j];
            for (int k = 0; k < j; k++) {
                diagonal -= l[j][k] * l[j][k];
            }
            if (!(diagonal > 1e-10 * Math.max(a[j][j], 1e-300))) {
                throw new SingularColumn(j);
            }
            l[j][j] = Math.sqrt(diagonal);
            for (int i = j + 1; i < p; i++) {
                double s = a[i][j];
                for (int k = 0; k < j; k++) {
                    s -= l[i][k] * l[j][k];
                }
                l[i][j] = s / l[j][j];
            }
        }
        return new Cholesky(l);
    }

    public double[] solve(double[] b) {
        int p = lower.length;
        double[] y = new double[p];
        for (int i = 0; i < p; i++) {
            double s = b[i];
            for (int k = 0; k < i; k++) {
                s -= lower[i][k] * y[k];
            }
            y[i] = s / lower[i][i];
        }
        double[] x = new double[p];
        for (int i = p - 1; i >= 0; i--) {
            double s = y[i];
            for (int k = i + 1; k < p; k++) {
                s -= lower[k][i] * x[k];
            }
            x[i] = s / lower[i][i];
        }
        return x;
    }

    public double[][] inverse() {
        int p = lower.length;
        double[][] inverse = new double[p][];
        for (int j = 0; j < p; j++) {
            double[] unit = new double[p];
            unit[j] = 1;
            inverse[j] = solve(unit);
        }
        return inverse;
    }

    /** L times z: turns independent standard normals into draws with covariance A. */
    public double[] times(double[] z) {
        int p = lower.length;
        double[] out = new double[p];
        for (int i = 0; i < p; i++) {
            double s = 0;
            for (int k = 0; k <= i; k++) {
                s += lower[i][k] * z[k];
            }
            out[i] = s;
        }
        return out;
    }

    /** The matrix is singular at this column. */
    public static final class SingularColumn extends RuntimeException {
        private final int column;

        SingularColumn(int column) {
            super("singular at column " + column, null, false, false);
            this.column = column;
        }

        public int column() {
            return column;
        }
    }
}
