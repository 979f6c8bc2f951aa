package org.labourhub.riskmaps.datasets.formats;

/**
 * Stata's missing values, which sit above each type's largest valid value: {@code .} first, then {@code .a} to
 * {@code .z} (from format 113; before, only {@code .}). Returns the missing code of a stored value, or null for a
 * valid value.
 */
final class DtaMissing {

    private static final int BYTE_MAX = 100;
    private static final int INT_MAX = 32740;
    private static final int LONG_MAX = 2147483620;
    private static final int FLOAT_MISSING = 0x7f000000;
    private static final long DOUBLE_MISSING = 0x7fe0000000000000L;

    private final boolean extended;

    DtaMissing(boolean extended) {
        this.extended = extended;
    }

    String ofByte(int value) {
        return integer(value, extended ? BYTE_MAX : 126);
    }

    String ofInt(int value) {
        return integer(value, extended ? INT_MAX : 32766);
    }

    String ofLong(int value) {
        return integer(value, extended ? LONG_MAX : Integer.MAX_VALUE - 1);
    }

    /** Positive values from 2^127 up ({@code .} is 0x7f000000, each letter 0x800 further). */
    String ofFloat(float value) {
        int bits = Float.floatToRawIntBits(value);
        return bits >= FLOAT_MISSING ? code(extended ? (bits - FLOAT_MISSING) >> 11 : 0) : null;
    }

    /** Positive values from 2^1023 up ({@code .} is 0x7fe0000000000000, each letter 2^40 further). */
    String ofDouble(double value) {
        long bits = Double.doubleToRawLongBits(value);
        return bits >= DOUBLE_MISSING ? code(extended ? (int) ((bits - DOUBLE_MISSING) >> 40) : 0) : null;
    }

    private String integer(int value, int max) {
        return value > max ? code(value - max - 1) : null;
    }

    private static String code(int index) {
        return index <= 0 || index > 26 ? "." : "." + (char) ('a' + index - 1);
    }
}
