package org.labourhub.risk.csv;

import java.nio.charset.Charset;

/**
 * A cursor over the lines of a block of CSV bytes. It splits a line into fields in place (no copying, no
 * Strings) and reads numbers, codes and text from them on demand. Quoted fields may contain the delimiter and
 * doubled quotes; a line break inside a quoted field is not allowed in microdata.
 */
public final class CsvLine {

    private final byte[] buf;
    private final int end;
    private final byte delimiter;
    private final boolean decimalComma;
    private int[] fieldStart = new int[64];
    private int[] fieldEnd = new int[64];
    private boolean[] fieldQuoted = new boolean[64];
    private int fieldCount;
    private int position;
    private int lineStart;
    private boolean unclosedQuote;

    CsvLine(byte[] buf, int start, int end, CsvFormat format) {
        this.buf = buf;
        this.position = start;
        this.end = end;
        this.delimiter = format.delimiter();
        this.decimalComma = format.decimalComma();
    }

    /** Moves to the next line that is not blank; false at the end of the block. */
    public boolean next() {
        while (position < end) {
            lineStart = position;
            int lineEnd = tokenize();
            if (lineEnd > lineStart && !(fieldCount == 1 && fieldEnd[0] == fieldStart[0] && !fieldQuoted[0])) {
                return true;
            }
        }
        return false;
    }

    private int tokenize() {
        fieldCount = 0;
        unclosedQuote = false;
        int i = position;
        int lineEnd;
        while (true) {
            ensureCapacity();
            if (i < end && buf[i] == '"') {
                i = quotedField(i);
            } else {
                int start = i;
                while (i < end && buf[i] != delimiter && buf[i] != '\n' && buf[i] != '\r') {
                    i++;
                }
                addField(start, i, false);
            }
            if (i < end && buf[i] == delimiter) {
                i++;
                continue;
            }
            lineEnd = i;
            break;
        }
        if (i < end && buf[i] == '\r') {
            i++;
        }
        if (i < end && buf[i] == '\n') {
            i++;
        }
        position = i;
        return lineEnd;
    }

    private int quotedField(int quote) {
        int i = quote + 1;
        while (i < end) {
            if (buf[i] == '"') {
                if (i + 1 < end && buf[i + 1] == '"') {
                    i += 2;
                    continue;
                }
                break;
            }
            if (buf[i] == '\n') {
                unclosedQuote = true;
                addField(quote + 1, i, true);
                return i;
            }
            i++;
        }
        if (i >= end) {
            unclosedQuote = true;
            addField(quote + 1, end, true);
            return end;
        }
        addField(quote + 1, i, true);
        i++;
        while (i < end && buf[i] != delimiter && buf[i] != '\n' && buf[i] != '\r') {
            i++; // text after a closing quote is ignored, as spreadsheets do
        }
        return i;
    }

    private void addField(int start, int stop, boolean quoted) {
        while (start < stop && buf[start] == ' ') {
            start++;
        }
        while (stop > start && buf[stop - 1] == ' ') {
            stop--;
        }
        fieldStart[fieldCount] = start;
        fieldEnd[fieldCount] = stop;
        fieldQuoted[fieldCount] = quoted;
        fieldCount++;
    }

    private void ensureCapacity() {
        if (fieldCount == fieldStart.length) {
            fieldStart = java.util.Arrays.copyOf(fieldStart, fieldCount * 2);
            fieldEnd = java.util.Arrays.copyOf(fieldEnd, fieldCount * 2);
            fieldQuoted = java.util.Arrays.copyOf(fieldQuoted, fieldCount * 2);
        }
    }

    public int fieldCount() {
        return fieldCount;
    }

    /** Offset of this line's first byte within the block. */
    public int lineStart() {
        return lineStart;
    }

    /** True when a quoted field on this line was not closed before the line ended. */
    public boolean hasUnclosedQuote() {
        return unclosedQuote;
    }

    public boolean isEmpty(int field) {
        return fieldEnd[field] == fieldStart[field];
    }

    /** The number in a field, or NaN when the field does not hold one. */
    public double number(int field) {
        return Numbers.parse(buf, fieldStart[field], fieldEnd[field], decimalComma);
    }

    /** True when the field's bytes are exactly {@code value}. */
    public boolean fieldEquals(int field, byte[] value) {
        int start = fieldStart[field];
        int length = fieldEnd[field] - start;
        if (length != value.length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (buf[start + i] != value[i]) {
                return false;
            }
        }
        return true;
    }

    public int fieldHash(int field) {
        int h = 1;
        for (int i = fieldStart[field]; i < fieldEnd[field]; i++) {
            h = 31 * h + buf[i];
        }
        return h;
    }

    public byte[] fieldBytes(int field) {
        return java.util.Arrays.copyOfRange(buf, fieldStart[field], fieldEnd[field]);
    }

    public String text(int field, Charset charset) {
        String raw = new String(buf, fieldStart[field], fieldEnd[field] - fieldStart[field], charset);
        return fieldQuoted[field] ? raw.replace("\"\"", "\"") : raw;
    }
}
