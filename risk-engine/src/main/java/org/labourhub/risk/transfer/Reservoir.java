package org.labourhub.risk.transfer;

/**
 * Keeps the k rows with the smallest priorities seen so far (a bottom-k sample). Priorities come from a hash
 * of each row's position in the file, so the sample is the same however the file is split between threads,
 * and two reservoirs merge into the reservoir of their union.
 */
final class Reservoir {

    private final int capacity;
    private final int width;
    private long[] priority;
    /** Where each heap entry's row lies in {@code rows}: sifting moves these, never the rows themselves. */
    private int[] slot;
    private double[] rows;
    private int size;

    Reservoir(int capacity, int width) {
        this.capacity = capacity;
        this.width = width;
        int initial = Math.min(capacity, 16);
        this.priority = new long[initial];
        this.slot = new int[initial];
        this.rows = new double[initial * width];
    }

    /**
     * Keeps the row if it is among the k smallest priorities. Until the reservoir is full rows are only
     * appended (most territories never fill a block's reservoir); the heap is built once when it fills.
     */
    void offer(long rowPriority, double[] row, int rowOffset) {
        if (size < capacity) {
            if (size == priority.length) {
                int grown = Math.min(capacity, size * 2);
                priority = java.util.Arrays.copyOf(priority, grown);
                slot = java.util.Arrays.copyOf(slot, grown);
                rows = java.util.Arrays.copyOf(rows, grown * width);
            }
            priority[size] = rowPriority;
            slot[size] = size;
            System.arraycopy(row, rowOffset, rows, size * width, width);
            if (++size == capacity) {
                for (int i = size / 2 - 1; i >= 0; i--) {
                    siftDown(i);
                }
            }
        } else if (rowPriority < priority[0]) {
            priority[0] = rowPriority;
            System.arraycopy(row, rowOffset, rows, slot[0] * width, width);
            siftDown(0);
        }
    }

    /** Whether a row of this priority would be kept now. */
    boolean admits(long rowPriority) {
        return size < capacity || rowPriority < priority[0];
    }

    void addAll(Reservoir other) {
        for (int i = 0; i < other.size; i++) {
            offer(other.priority[i], other.rows, other.slot[i] * other.width);
        }
    }

    int size() {
        return size;
    }

    /** Once full, no row with a priority at or above this can enter any more. */
    long admissionLimit() {
        return size == capacity ? priority[0] : Long.MAX_VALUE;
    }

    /** The kept rows, row-major, in priority order so that results do not depend on arrival order. */
    double[] rowsInOrder() {
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Long.compare(priority[a], priority[b]));
        double[] sorted = new double[size * width];
        for (int i = 0; i < size; i++) {
            System.arraycopy(rows, slot[order[i]] * width, sorted, i * width, width);
        }
        return sorted;
    }

    private void siftDown(int i) {
        while (true) {
            int largest = i;
            int left = 2 * i + 1;
            int right = left + 1;
            if (left < size && priority[left] > priority[largest]) {
                largest = left;
            }
            if (right < size && priority[right] > priority[largest]) {
                largest = right;
            }
            if (largest == i) {
                return;
            }
            swap(i, largest);
            i = largest;
        }
    }

    private void swap(int a, int b) {
        long p = priority[a];
        priority[a] = priority[b];
        priority[b] = p;
        int s = slot[a];
        slot[a] = slot[b];
        slot[b] = s;
    }

    static long priorityOf(long fileOffset, long seed) {
        long z = fileOffset + seed * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
