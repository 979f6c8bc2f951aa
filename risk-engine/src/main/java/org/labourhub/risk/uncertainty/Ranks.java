package org.labourhub.risk.uncertainty;

import java.util.Arrays;

/** Ranks and quantiles. */
public final class Ranks {

    private Ranks() {
    }

    /** Rank of each value, 1 for the largest; ties broken by position so ranks are a permutation. */
    public static int[] descending(double[] values) {
        Integer[] order = new Integer[values.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(values[b], values[a]));
        int[] rank = new int[values.length];
        for (int r = 0; r < order.length; r++) {
            rank[order[r]] = r + 1;
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
