package org.labourhub.riskmaps.datasets.formats;

import org.labourhub.riskmaps.datasets.formats.MicrodataProblem.Kind;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Binary numbers and fixed-width texts read through a buffer from a file (or a stream, for SPSS's compressed
 * blocks) in the file's byte order. Running out of bytes where the format promises more is the file's problem
 * ({@link Kind#TRUNCATED}), not an {@link java.io.EOFException}.
 */
final class BinaryInput implements Closeable {

    private final ReadableByteChannel channel;
    private final String fileName;
    private final ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
    private long bufferStart;

    BinaryInput(ReadableByteChannel channel, String fileName) {
        this.channel = channel;
        this.fileName = fileName;
        buffer.limit(0);
    }

    static BinaryInput open(Path file) throws IOException {
        return new BinaryInput(FileChannel.open(file, StandardOpenOption.READ), file.getFileName().toString());
    }

    String fileName() {
        return fileName;
    }

    void order(ByteOrder order) {
        buffer.order(order);
    }

    ByteOrder order() {
        return buffer.order();
    }

    long position() {
        return bufferStart + buffer.position();
    }

    long size() throws IOException {
        return ((SeekableByteChannel) channel).size();
    }

    void seek(long position) throws IOException {
        if (position >= bufferStart && position <= bufferStart + buffer.limit()) {
            buffer.position((int) (position - bufferStart));
            return;
        }
        if (position > size()) {
            throw MicrodataProblem.of(Kind.TRUNCATED, fileName);
        }
        ((SeekableByteChannel) channel).position(position);
        bufferStart = position;
        buffer.clear().limit(0);
    }

    /** Bytes at a position of the file, read beside the buffer without moving it (Stata's long strings). */
    byte[] bytesAt(long position, int n) throws IOException {
        ByteBuffer bytes = ByteBuffer.allocate(n);
        while (bytes.hasRemaining()) {
            if (((FileChannel) channel).read(bytes, position + bytes.position()) < 0) {
                throw MicrodataProblem.of(Kind.TRUNCATED, fileName);
            }
        }
        return bytes.array();
    }

    /** True when no byte is left. */
    boolean atEnd() throws IOException {
        return !fill(1);
    }

    byte int8() throws IOException {
        need(1);
        return buffer.get();
    }

    int uint8() throws IOException {
        return int8() & 0xff;
    }

    short int16() throws IOException {
        need(2);
        return buffer.getShort();
    }

    int uint16() throws IOException {
        return int16() & 0xffff;
    }

    int int32() throws IOException {
        need(4);
        return buffer.getInt();
    }

    long int64() throws IOException {
        need(8);
        return buffer.getLong();
    }

    float float32() throws IOException {
        need(4);
        return buffer.getFloat();
    }

    double float64() throws IOException {
        need(8);
        return buffer.getDouble();
    }

    byte[] bytes(int n) throws IOException {
        byte[] bytes = new byte[n];
        int done = 0;
        while (done < n) {
            need(1);
            int chunk = Math.min(n - done, buffer.remaining());
            buffer.get(bytes, done, chunk);
            done += chunk;
        }
        return bytes;
    }

    void skip(long n) throws IOException {
        long left = n;
        while (left > 0) {
            need(1);
            int chunk = (int) Math.min(left, buffer.remaining());
            buffer.position(buffer.position() + chunk);
            left -= chunk;
        }
    }

    /** Reads these ASCII characters or reports that the file is not of this format. */
    void expect(String tag, String format) throws IOException {
        for (int i = 0; i < tag.length(); i++) {
            if (!fill(1) || buffer.get() != tag.charAt(i)) {
                throw MicrodataProblem.of(Kind.NOT_THE_FORMAT, fileName, format);
            }
        }
    }

    private void need(int n) throws IOException {
        if (!fill(n)) {
            throw MicrodataProblem.of(Kind.TRUNCATED, fileName);
        }
    }

    /** Makes at least n bytes available; false at the end of the file before that. */
    private boolean fill(int n) throws IOException {
        if (buffer.remaining() >= n) {
            return true;
        }
        bufferStart += buffer.position();
        buffer.compact();
        while (buffer.position() < n) {
            if (channel.read(buffer) < 0) {
                buffer.flip();
                return false;
            }
        }
        buffer.flip();
        return true;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
