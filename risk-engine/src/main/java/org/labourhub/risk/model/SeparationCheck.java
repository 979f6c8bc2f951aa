package org.labourhub.risk.model;

import java.util.List;
import org.labourhub.risk.parallel.OrderedParallel;

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
    private final int threads;

    SeparationCheck(double[] x, double[] y, double[] w, List<String> names, int threads) {
        this.threads = threads;
        this.x = x;
        this.y = y;
        this.w = w;
        this.names = names;
        this.n = y.length;
        this.p = names.size();
    }

    void check() {
        int blockRows = 1 << 16;
        int blocks = (n + blockRows - 1) / blockRows;
        var total = new Tally(p);
        new OrderedParallel<Tally>(threads).run(blocks, b -> tally(b * blockRows, Math.min(n, (b + 1) * blockRows)),
                total::add);
        outcomeVaries(total.positive, total.weight);
        for (int j = 1; j < p; j++) {
            if (total.indicator[j]) {
                indicator(j, total.count[j]);
            } else {
                numeric(j, total.range[j]);
            }
        }
    }

    private Tally tally(int from, int to) {
        var t = new Tally(p);
        for (int i = from; i < to; i++) {
            if (w[i] <= 0) {
                continue;
            }
            t.positive += w[i] * y[i];
            t.weight += w[i];
            int side = y[i] == 1 ? 0 : 2;
            for (int j = 1; j < p; j++) {
                double v = x[i * p + j];
                if (v == 0 || v == 1) {
                    t.count[j][(int) v * 2 + (int) y[i]]++;
                } else {
                    t.indicator[j] = false;
                }
                double[] r = t.range[j];
                r[side] = Math.min(r[side], v);
                r[side + 1] = Math.max(r[side + 1], v);
            }
        }
        return t;
    }

    /** Per column: indicator or not, counts by (x, y) for indicators, value ranges by outcome. */
    private static final class Tally {
        final boolean[] indicator;
        final double[][] count;
        final double[][] range;
        double positive;
        double weight;

        Tally(int p) {
            indicator = new boolean[p];
            java.util.Arrays.fill(indicator, true);
            count = new double[p][4];
            range = new double[p][4];
            for (double[] r : range) {
                r[0] = r[2] = Double.POSITIVE_INFINITY;
                r[1] = r[3] = Double.NEGATIVE_INFINITY;
            }
        }

        void add(Tally other) {
            positive += other.positive;
            weight += other.weight;
            for (int j = 0; j < indicator.length; j++) {
                indicator[j] &= other.indicator[j];
                for (int k = 0; k < 4; k++) {
                    count[j][k] += other.count[j][k];
                }
                range[j][0] = Math.min(range[j][0], other.range[j][0]);
                range[j][1] = Math.max(range[j][1], other.range[j][1]);
                range[j][2] = Math.min(range[j][2], other.range[j][2]);
                range[j][3] = Math.max(range[j][3], other.range[j][3]);
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
