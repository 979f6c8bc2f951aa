package org.labourhub.risk.model;

import java.util.List;
import org.labourhub.risk.parallel.OrderedParallel;

/**
 * Finds the separation a single covariate column causes before the fit starts: an indicator whose children
 * are all in child labour or all not, or a numeric covariate whose values split the two groups completely.
 * Separation by a combination of columns is caught during the fit (saturated fitted probabilities).
 * One pass over the children gathers what every column needs: counts by outcome per pattern of 0/1 columns, and
 * for the other columns counts and ranges of their non-zero values; zeros are accounted for by counting.
 */
final class SeparationCheck {

    private final DesignMatrix x;
    private final double[] y;
    private final double[] w;
    private final List<String> names;
    private final int p;
    private final int threads;

    private static final int PARTS = 4;

    SeparationCheck(DesignMatrix x, double[] y, double[] w, List<String> names, int threads) {
        this.threads = threads;
        this.x = x;
        this.y = y;
        this.w = w;
        this.names = names;
        this.p = names.size();
    }

    void check() {
        int n = y.length;
        int parts = Math.min(PARTS, Math.max(1, n / 10_000));
        var total = new Tally(p);
        new OrderedParallel<Tally>(threads).run(parts, part -> tally((int) ((long) n * part / parts),
                (int) ((long) n * (part + 1) / parts)), total::add);
        outcomeVaries(total.children);
        for (int j = 1; j < p; j++) {
            if (total.binary[j]) {
                indicator(j, total.children, total.nonZero);
            } else {
                numeric(j, total.children, total.nonZero, total.range);
            }
        }
    }

    private Tally tally(int from, int to) {
        var t = new Tally(p);
        int[] pattern = x.pattern();
        int[] valueColumn = x.valueColumn();
        double[] values = x.values();
        int m = valueColumn.length;
        long[] byPattern = new long[2 * x.patterns()];
        for (int i = from; i < to; i++) {
            if (w[i] <= 0) {
                continue;
            }
            int outcome = y[i] == 1 ? 1 : 0;
            t.children[outcome]++;
            byPattern[2 * pattern[i] + outcome]++;
            for (int k = 0; k < m; k++) {
                double v = values[i * m + k];
                if (v != 0) {
                    t.count(valueColumn[k], outcome, v);
                }
            }
        }
        for (int g = 0; g < x.patterns(); g++) {
            for (int j : x.patternColumns(g)) {
                t.nonZero[2 * j] += byPattern[2 * g];
                t.nonZero[2 * j + 1] += byPattern[2 * g + 1];
            }
        }
        return t;
    }

    /** Per column: children with a non-zero value by outcome, whether all values are 0/1, ranges by outcome. */
    private static final class Tally {
        final long[] children = new long[2];
        final long[] nonZero; // [2j + y]
        final boolean[] binary;
        final double[] range; // [4j]: min, max among y = 1, then min, max among y = 0

        Tally(int p) {
            nonZero = new long[2 * p];
            binary = new boolean[p];
            java.util.Arrays.fill(binary, true);
            range = new double[4 * p];
            for (int j = 0; j < p; j++) {
                range[4 * j] = range[4 * j + 2] = Double.POSITIVE_INFINITY;
                range[4 * j + 1] = range[4 * j + 3] = Double.NEGATIVE_INFINITY;
            }
        }

        void count(int j, int outcome, double v) {
            nonZero[2 * j + outcome]++;
            binary[j] &= v == 1;
            int at = 4 * j + (outcome == 1 ? 0 : 2);
            range[at] = Math.min(range[at], v);
            range[at + 1] = Math.max(range[at + 1], v);
        }

        void add(Tally other) {
            children[0] += other.children[0];
            children[1] += other.children[1];
            for (int k = 0; k < nonZero.length; k++) {
                nonZero[k] += other.nonZero[k];
            }
            for (int j = 0; j < binary.length; j++) {
                binary[j] &= other.binary[j];
            }
            for (int k = 0; k < range.length; k += 2) {
                range[k] = Math.min(range[k], other.range[k]);
                range[k + 1] = Math.max(range[k + 1], other.range[k + 1]);
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
