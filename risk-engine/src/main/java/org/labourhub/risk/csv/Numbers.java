package org.labourhub.risk.csv;

import java.nio.charset.StandardCharsets;

/** Parses decimal numbers straight from bytes, without making a String, correctly rounded. */
final class Numbers {

    private static final double[] POWERS_OF_TEN = new double[23];

    static {
        POWERS_OF_TEN[0] = 1;
        for (int i = 1; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
        }
    }

    private Numbers() {
    }

    /** The number in buf[start, end), or NaN when it is not a number. */
    static double parse(byte[] buf, int start, int end, boolean decimalComma) {
        int i = start;
        boolean negative = false;
        if (i < end && (buf[i] == '-' || buf[i] == '+')) {
            negative = buf[i] == '-';
            i++;
        }
        long mantissa = 0;
        int digits = 0;
        int fractionDigits = -1;
        for (; i < end; i++) {
            int b = buf[i];
            if (b >= '0' && b <= '9') {
                mantissa = mantissa * 10 + (b - '0');
                digits++;
                if (fractionDigits >= 0) {
                    fractionDigits++;
                }
            } else if ((b == '.' || (b == ',' && decimalComma)) && fractionDigits < 0) {
                fractionDigits = 0;
            } else {
                break;
            }
        }
        if (i == end && digits > 0 && digits <= 15 && fractionDigits < POWERS_OF_TEN.length) {
            double value = fractionDigits > 0 ? mantissa / POWERS_OF_TEN[fractionDigits] : mantissa;
            return negative ? -value : value;
        }
        boolean exponent = i < end && digits > 0 && (buf[i] == 'e' || buf[i] == 'E');
        if (i < end && !exponent) {
            return Double.NaN; // text, not a number: no String is made for it
        }
        return slowParse(buf, start, end, decimalComma);
    }

    private static double slowParse(byte[] buf, int start, int end, boolean decimalComma) {
        String text = new String(buf, start, end - start, StandardCharsets.ISO_8859_1).trim();
        if (decimalComma) {
            text = text.replace(',', '.');
        }
        if (text.isEmpty() || !text.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
            return Double.NaN;
        }
        return Double.parseDouble(text);
    }
}
