package org.labourhub.risk.model;

import java.util.List;

/**
 * Finds the separation a single covariate column causes before the fit starts: an indicator whose children
 * are all in child labour or all not, or a numeric covariate whose values split the two groups completely.
 * Separation by a combination of columns is caught during the fit (saturated fitted probabilities).
 * One pass over the rows gathers what every column needs.
 */
final class SeparationCheck {

    private final double[] x;
    private final double[] y;
    private final double[] w;
    private final List<String> names;
    private final int n;
    private final int p;

    SeparationCheck(double[] x, double[] y, double[] w, List<String> names) {
        this.x = x;
        this.y = y;
        this.w = w;
        this.names = names;
        this.n = y.length;
        this.p = names.size();
    }

    void check() {
        boolean[] indicator = new boolean[p];
        java.util.Arrays.fill(indicator, true);
        double[][] count = new double[p][4]; // [column][2·x + y] for indicators
        double[][] range = new double[p][4]; // min and max among y = 1, then among y = 0
        for (double[] r : range) {
            r[0] = r[2] = Double.POSITIVE_INFINITY;
            r[1] = r[3] = Double.NEGATIVE_INFINITY;
        }
        double positive = 0, total = 0;
        for (int i = 0; i < n; i++) {
            if (w[i] <= 0) {
                continue;
            }
            positive += w[i] * y[i];
            total += w[i];
            int side = y[i] == 1 ? 0 : 2;
            for (int j = 1; j < p; j++) {
                double v = x[i * p + j];
                if (v == 0 || v == 1) {
                    count[j][(int) v * 2 + (int) y[i]]++;
                } else {
                    indicator[j] = false;
                }
                double[] r = range[j];
                r[side] = Math.min(r[side], v);
                r[side + 1] = Math.max(r[side + 1], v);
            }
        }
        outcomeVaries(positive, total);
        for (int j = 1; j < p; j++) {
            if (indicator[j]) {
                indicator(j, count[j]);
            } else {
                numeric(j, range[j]);
            }
        }
    }

    private static void outcomeVaries(double positive, double total) {
        if (positive == 0 || positive == total) {
            throw new ModelError("every surveyed child is " + (positive == 0 ? "out of" : "in")
                    + " child labour under this definition, so no model can be fitted. Check the hours columns and "
                    + "the definition's thresholds.");
        }
    }

    private void indicator(int j, double[] count) {
        for (int value = 0; value < 2; value++) {
            double no = count[value * 2];
            double yes = count[value * 2 + 1];
            if (no + yes > 0 && (no == 0 || yes == 0)) {
                throw new ModelError("perfect separation by variable '" + names.get(j) + "': every surveyed child with "
                        + names.get(j) + " = " + value + " is " + (yes == 0 ? "out of" : "in") + " child labour, so its "
                        + "coefficient would be infinite. Merge this category with another or drop the covariate.");
            }
        }
    }

    private void numeric(int j, double[] range) {
        double minYes = range[0], maxYes = range[1], minNo = range[2], maxNo = range[3];
        if (minYes > maxNo || minNo > maxYes) {
            throw new ModelError("perfect separation by variable '" + names.get(j) + "': its values for children in "
                    + "child labour and for the others do not overlap, so its coefficient would be infinite. "
                    + "Drop the covariate or group its values.");
        }
    }
}
