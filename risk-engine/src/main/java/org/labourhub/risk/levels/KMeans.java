package org.labourhub.risk.levels;

/**
 * 1-D k-means (Lloyd's algorithm, weighted) started from the quantile classes. Unlike natural breaks it may
 * stop at a local optimum; it is offered because some countries used it.
 */
final class KMeans {

    private KMeans() {
    }

    static Levels levels(double[] sorted, double[] w, int k) {
        int n = sorted.length;
        int[] ends = new int[k];
        for (int c = 0; c < k; c++) {
            ends[c] = (int) Math.round((c + 1) * (double) n / k) - 1;
        }
        for (int iteration = 0; iteration < 1000; iteration++) {
            double[] centre = centres(sorted, w, ends);
            int[] next = new int[k];
            int c = 0;
            for (int i = 0; i < n; i++) {
                while (c < k - 1 && Math.abs(sorted[i] - centre[c + 1]) < Math.abs(sorted[i] - centre[c])) {
                    c++;
                }
                next[c] = i;
            }
            for (int j = 1; j < k; j++) {
                next[j] = Math.max(next[j], next[j - 1]);
            }
            if (java.util.Arrays.equals(next, ends)) {
                break;
            }
            ends = next;
        }
        return Classification.fromClassEnds(sorted, ends);
    }

    private static double[] centres(double[] sorted, double[] w, int[] ends) {
        double[] centre = new double[ends.length];
        int from = 0;
        for (int c = 0; c < ends.length; c++) {
            double sw = 0, swx = 0;
            for (int i = from; i <= ends[c]; i++) {
                sw += w[i];
                swx += w[i] * sorted[i];
            }
            centre[c] = sw > 0 ? swx / sw : (from <= ends[c] ? sorted[from] : (c > 0 ? centre[c - 1] : sorted[0]));
            from = ends[c] + 1;
        }
        return centre;
    }
}
