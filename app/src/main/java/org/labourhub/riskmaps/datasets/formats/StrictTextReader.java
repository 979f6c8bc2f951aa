package org.labourhub.riskmaps.datasets.formats;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Decodes bytes to text and refuses bytes that are not text in the encoding, but only once every character before
 * them has been handed out, so the parser knows the line they are on. (An InputStreamReader decodes ahead and fails
 * lines early.)
 */
final class StrictTextReader extends Reader {

    private final InputStream in;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
    private final CharBuffer chars = CharBuffer.allocate(1 << 16);
    private CoderResult failure;
    private boolean end;

    StrictTextReader(InputStream in, Charset charset) {
        this.in = in;
        this.decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        bytes.limit(0);
        chars.limit(0);
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        while (!chars.hasRemaining()) {
            if (failure != null) {
                failure.throwException();
            }
            if (end) {
                return -1;
            }
            decode();
        }
        int n = Math.min(length, chars.remaining());
        chars.get(target, offset, n);
        return n;
    }

    private void decode() throws IOException {
        bytes.compact();
        int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
        end = read < 0;
        bytes.position(bytes.position() + Math.max(read, 0));
        bytes.flip();
        chars.clear();
        CoderResult result = decoder.decode(bytes, chars, end);
        if (end && !result.isError()) {
            result = decoder.flush(chars);
        }
        if (result.isError()) {
            failure = result;
        }
        chars.flip();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
