package org.labourhub.risk.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How a microdata file is written: its character set (UTF-8, else Windows-1252), its field delimiter (comma,
 * semicolon or tab, whichever the header uses most) and whether a comma may stand for the decimal point
 * (only when the delimiter is not a comma).
 */
public record CsvFormat(Charset charset, byte delimiter, int bomLength) {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int SAMPLE_BYTES = 1 << 20;
    private static final byte[] DELIMITERS = {',', ';', '\t'};

    public CsvFormat {
        if (delimiter != ',' && delimiter != ';' && delimiter != '\t') {
            throw new IllegalArgumentException("delimiter must be comma, semicolon or tab");
        }
    }

    public boolean decimalComma() {
        return delimiter != ',';
    }

    /** Looks at the first megabyte of the file. */
    public static CsvFormat detect(Path file) {
        byte[] sample = readSample(file);
        int bom = sample.length >= 3 && (sample[0] & 0xFF) == 0xEF && (sample[1] & 0xFF) == 0xBB
                && (sample[2] & 0xFF) == 0xBF ? 3 : 0;
        Charset charset = isUtf8(sample, bom) ? StandardCharsets.UTF_8 : WINDOWS_1252;
        return new CsvFormat(charset, delimiterOfHeader(file, sample, bom), bom);
    }

    private static byte[] readSample(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(SAMPLE_BYTES);
        } catch (IOException e) {
            throw InputError.inFile(file, "cannot be read (" + e.getMessage() + "). Check the path and permissions.");
        }
    }

    private static boolean isUtf8(byte[] sample, int from) {
        int end = sample.length;
        if (end == SAMPLE_BYTES) {
            // do not judge a multi-byte character cut at the end of the sample
            while (end > from && (sample[end - 1] & 0xC0) == 0x80) {
                end--;
            }
            if (end > from && (sample[end - 1] & 0x80) != 0) {
                end--;
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            decoder.decode(ByteBuffer.wrap(sample, from, end - from));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static byte delimiterOfHeader(Path file, byte[] sample, int from) {
        int[] counts = new int[DELIMITERS.length];
        boolean quoted = false;
        int i = from;
        for (; i < sample.length && (quoted || (sample[i] != '\n' && sample[i] != '\r')); i++) {
            byte b = sample[i];
            if (b == '"') {
                quoted = !quoted;
            }
            for (int d = 0; d < DELIMITERS.length && !quoted; d++) {
                if (b == DELIMITERS[d]) {
                    counts[d]++;
                }
            }
        }
        if (i == from) {
            throw InputError.at(file, 1, null, "the file is empty or has no header row. "
                    + "The first line must name the columns.");
        }
        int best = 0;
        for (int d = 1; d < counts.length; d++) {
            if (counts[d] > counts[best]) {
                best = d;
            }
        }
        return DELIMITERS[best];
    }

    @Override
    public String toString() {
        return charset.name() + ", delimiter '" + (delimiter == '\t' ? "\\t" : (char) delimiter) + "'";
    }
}
