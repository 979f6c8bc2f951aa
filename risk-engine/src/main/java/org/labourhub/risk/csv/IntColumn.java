package org.labourhub.risk.csv;

import java.util.Arrays;

/** A growing column of ints, without boxing. */
public final class IntColumn {
    private int[] values = new int[1024];
    private int size;

    public void add(int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    public int size() {
        return size;
    }

    public int get(int index) {
        return values[index];
    }

    public int[] toArray() {
        return Arrays.copyOf(values, size);
    }

    /** Appends all of {@code other}'s values in one copy. */
    public void addAll(IntColumn other) {
        reserve(other.size);
        System.arraycopy(other.values, 0, values, size, other.size);
        size += other.size;
    }

    /** Makes room for {@code more} values without further growth. */
    private void reserve(int more) {
        if (size + more > values.length) {
            values = Arrays.copyOf(values, Math.max(size + more, values.length * 2));
        }
    }

    /** Appends {@code map[v]} for each value v of {@code other} (codes renumbered into another numbering). */
    public void addAllMapped(IntColumn other, int[] map) {
        reserve(other.size);
        for (int i = 0; i < other.size; i++) {
            values[size + i] = map[other.values[i]];
        }
        size += other.size;
    }
}
