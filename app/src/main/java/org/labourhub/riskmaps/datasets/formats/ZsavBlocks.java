package org.labourhub.riskmaps.datasets.formats;

import org.labourhub.riskmaps.datasets.formats.MicrodataProblem.Kind;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * The data of a .zsav file: zlib streams one after another between the zlib header and the trailer, read as one
 * stream of bytecode. Each block is a whole zlib stream, so the inflater starts afresh where one ends.
 */
final class ZsavBlocks extends InputStream {

    private final FileChannel file;
    private final String fileName;
    private final long end;
    private long position;
    private final Inflater inflater = new Inflater();
    private final ByteBuffer input = ByteBuffer.allocate(1 << 16);
    private final byte[] one = new byte[1];

    ZsavBlocks(FileChannel file, String fileName, long start, long end) {
        this.file = file;
        this.fileName = fileName;
        this.position = start;
        this.end = end;
        input.limit(0);
    }

    @Override
    public int read() throws IOException {
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] bytes, int offset, int length) throws IOException {
        try {
            while (true) {
                int n = inflater.inflate(bytes, offset, length);
                if (n > 0) {
                    return n;
                }
                if (inflater.finished()) {
                    int left = inflater.getRemaining();
                    input.position(input.limit() - left);
                    inflater.reset();
                }
                if (inflater.needsInput() && !feed()) {
                    return -1;
                }
                if (inflater.needsDictionary()) {
                    throw MicrodataProblem.of(Kind.DAMAGED, fileName);
                }
            }
        } catch (DataFormatException damaged) {
            throw MicrodataProblem.of(Kind.DAMAGED, fileName);
        }
    }

    /** Gives the inflater the bytes left in the buffer, or the next ones from the file; false at the trailer. */
    private boolean feed() throws IOException {
        if (!input.hasRemaining()) {
            if (position >= end) {
                return false;
            }
            input.clear();
            input.limit((int) Math.min(input.capacity(), end - position));
            int read = file.read(input, position);
            if (read <= 0) {
                throw MicrodataProblem.of(Kind.TRUNCATED, fileName);
            }
            position += read;
            input.flip();
        }
        inflater.setInput(input.array(), input.position(), input.remaining());
        input.position(input.limit());
        return true;
    }

    @Override
    public void close() throws IOException {
        inflater.end();
        file.close();
    }
}
