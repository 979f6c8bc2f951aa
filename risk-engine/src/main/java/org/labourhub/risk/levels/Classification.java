package org.labourhub.risk.levels;

import java.util.Arrays;
import org.labourhub.risk.config.LevelMethod;

/**
 * Cuts territory values into K levels by quantiles, equal width, Fisher–Jenks natural breaks or 1-D k-means,
 * each optionally weighted (by the number of children, say).
 */
public final class Classification {

    private Classification() {
    }

    public static Levels of(double[] values, double[] weights, int k, LevelMethod method) {
        if (values.length < k) {
            throw new IllegalArgumentException("cannot cut " + values.length + " territories into " + k + " levels");
        }
        int[] order = order(values);
        double[] sorted = new double[values.length];
        double[] w = new double[values.length];
        for (int i = 0; i < order.length; i++) {
            sorted[i] = values[order[i]];
            w[i] = weights == null ? 1 : weights[order[i]];
        }
        return switch (method) {
            case QUANTILES -> quantiles(sorted, w, k);
            case EQUAL_WIDTH -> equalWidth(sorted, k);
            case NATURAL_BREAKS -> fromClassEnds(sorted, NaturalBreaks.classEnds(sorted, w, k));
            case KMEANS -> KMeans.levels(sorted, w, k);
        };
    }

    static Levels quantiles(double[] sorted, double[] w, int k) {
        double total = Arrays.stream(w).sum();
        double[] thresholds = new double[k - 1];
        double cumulative = 0;
        int i = 0;
        for (int j = 1; j < k; j++) {
            double target = total * j / k;
            while (i < sorted.length - 1 && cumulative + w[i] < target - 1e-12 * total) {
                cumulative += w[i++];
            }
            thresholds[j - 1] = sorted[i];
        }
        return new Levels(thresholds);
    }

    static Levels equalWidth(double[] sorted, int k) {
        double min = sorted[0];
        double width = (sorted[sorted.length - 1] - min) / k;
        double[] thresholds = new double[k - 1];
        for (int j = 1; j < k; j++) {
            thresholds[j - 1] = min + j * width;
        }
        return new Levels(thresholds);
    }

    static Levels fromClassEnds(double[] sorted, int[] ends) {
        double[] thresholds = new double[ends.length - 1];
        for (int j = 0; j < thresholds.length; j++) {
            thresholds[j] = sorted[ends[j]];
        }
        return new Levels(thresholds);
    }

    static int[] order(double[] values) {
        Integer[] boxed = new Integer[values.length];
        for (int i = 0; i < values.length; i++) {
            boxed[i] = i;
        }
        Arrays.sort(boxed, (a, b) -> Double.compare(values[a], values[b]));
        return Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
    }
}
