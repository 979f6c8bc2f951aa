package org.labourhub.risk.synthetic;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Writes CSV rows of small integers and ASCII codes into a buffer, fast enough for ten million rows. */
final class RowWriter implements AutoCloseable {

    private final OutputStream out;
    private final byte[] buffer = new byte[1 << 20];
    private int size;
    private boolean firstField = true;

    RowWriter(OutputStream out) {
        this.out = out;
    }

    RowWriter text(String value) throws IOException {
        separate();
        byte[] bytes = value.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(bytes, 0, buffer, size, bytes.length);
        size += bytes.length;
        return this;
    }

    RowWriter integer(long value) throws IOException {
        separate();
        if (value < 0) {
            buffer[size++] = '-';
            value = -value;
        }
        int start = size;
        do {
            buffer[size++] = (byte) ('0' + value % 10);
            value /= 10;
        } while (value > 0);
        for (int i = start, j = size - 1; i < j; i++, j--) {
            byte t = buffer[i];
            buffer[i] = buffer[j];
            buffer[j] = t;
        }
        return this;
    }

    /** A non-negative number with two decimals. */
    RowWriter decimal(double value) throws IOException {
        long hundredths = Math.round(value * 100);
        integer(hundredths / 100);
        buffer[size++] = '.';
        buffer[size++] = (byte) ('0' + (hundredths % 100) / 10);
        buffer[size++] = (byte) ('0' + hundredths % 10);
        return this;
    }

    void endRow() throws IOException {
        buffer[size++] = '\n';
        firstField = true;
        if (size > buffer.length - 4096) {
            flush();
        }
    }

    private void separate() throws IOException {
        if (size > buffer.length - 256) {
            flush();
        }
        if (!firstField) {
            buffer[size++] = ',';
        }
        firstField = false;
    }

    private void flush() throws IOException {
        out.write(buffer, 0, size);
        size = 0;
    }

    @Override
    public void close() throws IOException {
        flush();
        out.close();
    }
}
