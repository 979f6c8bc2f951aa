package org.labourhub.risk.model;

import java.util.List;

/**
 * Finds the separation a single covariate column causes before the fit starts: an indicator whose children
 * are all in child labour or all not, or a numeric covariate whose values split the two groups completely.
 * Separation by a combination of columns is caught during the fit (saturated fitted probabilities).
 * One pass over the non-zero values gathers what every column needs; zeros are accounted for by counting.
 */
final class SeparationCheck {

    private final SparseRows rows;
    private final double[] y;
    private final double[] w;
    private final List<String> names;
    private final int p;

    SeparationCheck(SparseRows rows, double[] y, double[] w, List<String> names) {
        this.rows = rows;
        this.y = y;
        this.w = w;
        this.names = names;
        this.p = names.size();
    }

    void check() {
        long[] nonZero = new long[2 * p]; // [2j + y]: children with a non-zero value, by outcome
        boolean[] binary = new boolean[p];
        java.util.Arrays.fill(binary, true);
        double[] range = new double[4 * p]; // [4j]: min, max among y = 1, then min, max among y = 0
        for (int j = 0; j < p; j++) {
            range[4 * j] = range[4 * j + 2] = Double.POSITIVE_INFINITY;
            range[4 * j + 1] = range[4 * j + 3] = Double.NEGATIVE_INFINITY;
        }
        long[] children = new long[2];
        int[] start = rows.start();
        for (int i = 0; i < y.length; i++) {
            if (w[i] <= 0) {
                continue;
            }
            int outcome = y[i] == 1 ? 1 : 0;
            children[outcome]++;
            for (int a = start[i]; a < start[i + 1]; a++) {
                int j = rows.column()[a];
                double v = rows.value()[a];
                nonZero[2 * j + outcome]++;
                binary[j] &= v == 1;
                int at = 4 * j + (outcome == 1 ? 0 : 2);
                range[at] = Math.min(range[at], v);
                range[at + 1] = Math.max(range[at + 1], v);
            }
        }
        outcomeVaries(children);
        for (int j = 1; j < p; j++) {
            if (binary[j]) {
                indicator(j, children, nonZero);
            } else {
                numeric(j, children, nonZero, range);
            }
        }
    }

    private static void outcomeVaries(long[] children) {
        if (children[1] == 0 || children[0] == 0) {
            throw new ModelError("every surveyed child is " + (children[1] == 0 ? "out of" : "in")
                    + " child labour under this definition, so no model can be fitted. Check the hours columns and "
                    + "the definition's thresholds.");
        }
    }

    private void indicator(int j, long[] children, long[] nonZero) {
        long[][] count = {{children[0] - nonZero[2 * j], children[1] - nonZero[2 * j + 1]},
                {nonZero[2 * j], nonZero[2 * j + 1]}}; // [x][y]
        for (int value = 0; value < 2; value++) {
            long no = count[value][0];
            long yes = count[value][1];
            if (no + yes > 0 && (no == 0 || yes == 0)) {
                throw new ModelError("perfect separation by variable '" + names.get(j) + "': every surveyed child with "
                        + names.get(j) + " = " + value + " is " + (yes == 0 ? "out of" : "in") + " child labour, so its "
                        + "coefficient would be infinite. Merge this category with another or drop the covariate.");
            }
        }
    }

    private void numeric(int j, long[] children, long[] nonZero, double[] range) {
        double minYes = range[4 * j], maxYes = range[4 * j + 1], minNo = range[4 * j + 2], maxNo = range[4 * j + 3];
        if (children[1] > nonZero[2 * j + 1]) { // some children in child labour have the value 0
            minYes = Math.min(minYes, 0);
            maxYes = Math.max(maxYes, 0);
        }
        if (children[0] > nonZero[2 * j]) {
            minNo = Math.min(minNo, 0);
            maxNo = Math.max(maxNo, 0);
        }
        if (minYes > maxNo || minNo > maxYes) {
            throw new ModelError("perfect separation by variable '" + names.get(j) + "': its values for children in "
                    + "child labour and for the others do not overlap, so its coefficient would be infinite. "
                    + "Drop the covariate or group its values.");
        }
    }
}
