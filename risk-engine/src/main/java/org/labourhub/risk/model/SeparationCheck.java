package org.labourhub.risk.model;

import java.util.List;

/**
 * Finds the separation a single covariate column causes before the fit starts: an indicator whose children
 * are all in child labour or all not, or a numeric covariate whose values split the two groups completely.
 * Separation by a combination of columns is caught during the fit (saturated fitted probabilities).
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
        outcomeVaries();
        for (int j = 1; j < p; j++) {
            if (isIndicator(j)) {
                indicator(j);
            } else {
                numeric(j);
            }
        }
    }

    private void outcomeVaries() {
        double positive = 0;
        double total = 0;
        for (int i = 0; i < n; i++) {
            positive += w[i] * y[i];
            total += w[i];
        }
        if (positive == 0 || positive == total) {
            throw new ModelError("every surveyed child is " + (positive == 0 ? "out of" : "in")
                    + " child labour under this definition, so no model can be fitted. Check the hours columns and "
                    + "the definition's thresholds.");
        }
    }

    private boolean isIndicator(int j) {
        for (int i = 0; i < n; i++) {
            double v = x[i * p + j];
            if (v != 0 && v != 1) {
                return false;
            }
        }
        return true;
    }

    private void indicator(int j) {
        double[] count = new double[4]; // [x][y]
        for (int i = 0; i < n; i++) {
            if (w[i] > 0) {
                count[(int) x[i * p + j] * 2 + (int) y[i]] += 1;
            }
        }
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

    private void numeric(int j) {
        double minYes = Double.POSITIVE_INFINITY, maxYes = Double.NEGATIVE_INFINITY;
        double minNo = Double.POSITIVE_INFINITY, maxNo = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            if (w[i] <= 0) {
                continue;
            }
            double v = x[i * p + j];
            if (y[i] == 1) {
                minYes = Math.min(minYes, v);
                maxYes = Math.max(maxYes, v);
            } else {
                minNo = Math.min(minNo, v);
                maxNo = Math.max(maxNo, v);
            }
        }
        if (minYes > maxNo || minNo > maxYes) {
            throw new ModelError("perfect separation by variable '" + names.get(j) + "': its values for children in "
                    + "child labour and for the others do not overlap, so its coefficient would be infinite. "
                    + "Drop the covariate or group its values.");
        }
    }
}
