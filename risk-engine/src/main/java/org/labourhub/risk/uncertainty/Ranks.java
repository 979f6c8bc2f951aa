package org.labourhub.risk.uncertainty;

import org.labourhub.risk.parallel.IndexSort;

/** Ranks and quantiles. */
public final class Ranks {

    private Ranks() {
    }

    /** Rank of each value, 1 for the largest; ties broken by position so ranks are a permutation. */
    public static int[] descending(double[] values) {
        int[] ascending = IndexSort.ascending(values);
        int n = values.length;
        int[] rank = new int[n];
        // walk from the largest; among equal values the earlier position ranks first
        int r = 1;
        for (int end = n; end > 0; ) {
            int start = end - 1;
            while (start > 0 && values[ascending[start - 1]] == values[ascending[end - 1]]) {
                start--;
            }
            for (int i = start; i < end; i++) {
                rank[ascending[i]] = r++;
            }
            end = start;
        }
        return rank;
    }

    /** Quantile of sorted values by linear interpolation (R's type 7). */
    public static double quantile(double[] sorted, double probability) {
        double h = (sorted.length - 1) * probability;
        int low = (int) Math.floor(h);
        int high = Math.min(sorted.length - 1, low + 1);
        return sorted[low] + (h - low) * (sorted[high] - sorted[low]);
    }
}
