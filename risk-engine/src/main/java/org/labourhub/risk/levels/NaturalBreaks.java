package org.labourhub.risk.levels;

/**
 * Fisher–Jenks natural breaks, exact: dynamic programming over the sorted values finds the K classes of
 * consecutive values with the least (weighted) within-class sum of squared deviations. O(K·n²) time.
 */
public final class NaturalBreaks {

    private NaturalBreaks() {
    }

    /** For sorted values, the index of the last value of each of the K classes. */
    static int[] classEnds(double[] sorted, double[] weight, int k) {
        int n = sorted.length;
        double[] sw = new double[n + 1], swx = new double[n + 1], swxx = new double[n + 1];
        for (int i = 0; i < n; i++) {
            sw[i + 1] = sw[i] + weight[i];
            swx[i + 1] = swx[i] + weight[i] * sorted[i];
            swxx[i + 1] = swxx[i] + weight[i] * sorted[i] * sorted[i];
        }
        double[][] cost = new double[k + 1][n + 1];
        int[][] start = new int[k + 1][n + 1];
        for (int j = 1; j <= n; j++) {
            cost[1][j] = within(sw, swx, swxx, 0, j);
        }
        for (int c = 2; c <= k; c++) {
            for (int j = c; j <= n; j++) {
                double best = Double.POSITIVE_INFINITY;
                int bestStart = c - 1;
                for (int s = c - 1; s < j; s++) {
                    double value = cost[c - 1][s] + within(sw, swx, swxx, s, j);
                    if (value < best) {
                        best = value;
                        bestStart = s;
                    }
                }
                cost[c][j] = best;
                start[c][j] = bestStart;
            }
        }
        int[] ends = new int[k];
        int end = n;
        for (int c = k; c >= 1; c--) {
            ends[c - 1] = end - 1;
            end = c > 1 ? start[c][end] : 0;
        }
        return ends;
    }

    /** Weighted sum of squared deviations of values [from, to). */
    static double within(double[] sw, double[] swx, double[] swxx, int from, int to) {
        double w = sw[to] - sw[from];
        if (w <= 0) {
            return 0;
        }
        double s = swx[to] - swx[from];
        return Math.max(0, (swxx[to] - swxx[from]) - s * s / w);
    }

    /** The within-class cost of a given split, for checks. */
    public static double cost(double[] sorted, double[] weight, int[] classEnds) {
        double total = 0;
        int from = 0;
        for (int end : classEnds) {
            double w = 0, s = 0;
            for (int i = from; i <= end; i++) {
                w += weight[i];
                s += weight[i] * sorted[i];
            }
            double mean = w > 0 ? s / w : 0;
            for (int i = from; i <= end; i++) {
                total += weight[i] * (sorted[i] - mean) * (sorted[i] - mean);
            }
            from = end + 1;
        }
        return total;
    }
}
