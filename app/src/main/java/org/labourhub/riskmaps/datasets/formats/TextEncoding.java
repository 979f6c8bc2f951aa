package org.labourhub.riskmaps.datasets.formats;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The encoding of a text file: UTF-8 or UTF-16 when it starts with a byte-order mark; else UTF-8 when every byte of
 * it is valid UTF-8 (read once through, a buffer at a time), else Windows-1252, which Excel writes on Latin-American
 * and European machines.
 */
record TextEncoding(Charset charset, int bom) {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** The encoding found; a chosen encoding still skips a byte-order mark that agrees with it. */
    static TextEncoding of(Path file, Charset chosen) throws IOException {
        byte[] start = new byte[3];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(start, 0, 3);
        }
        TextEncoding marked = byOrderMark(start, n);
        if (chosen != null) {
            return new TextEncoding(chosen, marked != null && marked.charset.equals(chosen) ? marked.bom : 0);
        }
        if (marked != null) {
            return marked;
        }
        return new TextEncoding(isUtf8(file) ? StandardCharsets.UTF_8 : WINDOWS_1252, 0);
    }

    private static TextEncoding byOrderMark(byte[] b, int n) {
        if (n >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return new TextEncoding(StandardCharsets.UTF_8, 3);
        }
        if (n >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            return new TextEncoding(StandardCharsets.UTF_16LE, 2);
        }
        if (n >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            return new TextEncoding(StandardCharsets.UTF_16BE, 2);
        }
        return null;
    }

    private static boolean isUtf8(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
        CharBuffer chars = CharBuffer.allocate(1 << 16);
        try (InputStream in = Files.newInputStream(file)) {
            boolean end = false;
            while (!end) {
                int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
                end = read < 0;
                bytes.position(bytes.position() + Math.max(read, 0));
                bytes.flip();
                CoderResult result = decoder.decode(bytes, chars, end);
                if (result.isError()) {
                    return false;
                }
                bytes.compact();
                chars.clear();
            }
        }
        return true;
    }
}
