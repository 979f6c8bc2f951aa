package org.labourhub.risk.csv;

import java.util.Arrays;

/** A growing column of doubles, without boxing. */
public final class DoubleColumn {
    private double[] values = new double[1024];
    private int size;

    public void add(double value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    public double get(int index) {
        return values[index];
    }

    public int size() {
        return size;
    }

    public double[] toArray() {
        return Arrays.copyOf(values, size);
    }

    /** Appends all of {@code other}'s values in one copy. */
    public void addAll(DoubleColumn other) {
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
}
