package org.labourhub.risk.parallel;

/** The order of values, as indices, without boxing: a stable merge sort of int indices keyed by the values. */
public final class IndexSort {

    private IndexSort() {
    }

    /** Indices of {@code values} from the smallest value to the largest; equal values keep their order. */
    public static int[] ascending(double[] values) {
        int n = values.length;
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        int[] buffer = new int[n];
        for (int width = 1; width < n; width *= 2) {
            for (int from = 0; from < n; from += 2 * width) {
                merge(values, order, buffer, from, Math.min(from + width, n), Math.min(from + 2 * width, n));
            }
            int[] swap = order;
            order = buffer;
            buffer = swap;
        }
        return order;
    }

    private static void merge(double[] v, int[] in, int[] out, int from, int middle, int to) {
        int a = from, b = middle, k = from;
        while (a < middle && b < to) {
            out[k++] = v[in[b]] < v[in[a]] ? in[b++] : in[a++];
        }
        while (a < middle) {
            out[k++] = in[a++];
        }
        while (b < to) {
            out[k++] = in[b++];
        }
    }
}
