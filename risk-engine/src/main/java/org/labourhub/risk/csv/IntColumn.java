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
}
