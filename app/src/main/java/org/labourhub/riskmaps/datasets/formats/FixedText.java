package org.labourhub.riskmaps.datasets.formats;

import java.nio.charset.Charset;

/** Text from a fixed-width byte field, as Stata and SPSS store names, labels and string values. */
final class FixedText {

    private FixedText() {
    }

    /** The bytes up to the first NUL. */
    static String decode(byte[] bytes, Charset charset) {
        return decode(bytes, 0, bytes.length, charset);
    }

    static String decode(byte[] bytes, int offset, int length, Charset charset) {
        int end = offset;
        while (end < offset + length && bytes[end] != 0) {
            end++;
        }
        return new String(bytes, offset, end - offset, charset);
    }

    /**
     * Text from a file that names no encoding (Stata before 14): UTF-8 when the bytes are valid UTF-8, as R writes
     * them, else Windows-1252, as Stata wrote them on most machines.
     */
    static String decodeGuessing(byte[] bytes, int offset, int length) {
        int end = offset;
        while (end < offset + length && bytes[end] != 0) {
            end++;
        }
        try {
            return java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(bytes, offset, end - offset)).toString();
        } catch (java.nio.charset.CharacterCodingException notUtf8) {
            return new String(bytes, offset, end - offset, TextEncoding.WINDOWS_1252);
        }
    }

    /** SPSS pads with spaces: the bytes without the trailing spaces (and NULs). */
    static String decodePadded(byte[] bytes, int offset, int length, Charset charset) {
        int end = offset + length;
        while (end > offset && (bytes[end - 1] == ' ' || bytes[end - 1] == 0)) {
            end--;
        }
        return new String(bytes, offset, end - offset, charset);
    }
}
