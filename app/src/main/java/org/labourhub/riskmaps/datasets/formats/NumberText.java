package org.labourhub.riskmaps.datasets.formats;

import java.math.BigDecimal;

/** Numbers as the engine's CSV and the value-label keys write them: '.' decimals, integers as integers, no exponent. */
public final class NumberText {

    private NumberText() {
    }

    public static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        // BigDecimal.valueOf goes through Double.toString: the shortest digits that read back as the same double
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** A text as a number, or NaN when it is not one; accepts a '.' decimal point and an exponent. */
    public static double parse(String text) {
        String t = text.strip();
        if (t.isEmpty() || !looksNumeric(t)) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException notANumber) {
            return Double.NaN;
        }
    }

    /** Only digits, signs, one point and an exponent: rejects "NaN", "Infinity" and Java's "1d" or "0x1p3". */
    private static boolean looksNumeric(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!(c >= '0' && c <= '9' || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) {
                return false;
            }
        }
        return true;
    }
}
