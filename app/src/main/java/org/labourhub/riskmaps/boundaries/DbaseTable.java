package org.labourhub.riskmaps.boundaries;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The attribute table of a Shapefile, a dBase III file read record by record: a header (record count, header and
 * record lengths, language driver byte at 29), 32-byte field descriptors up to 0x0D, then fixed-width records that
 * start with a deletion flag. Every value is returned as trimmed text.
 */
final class DbaseTable implements Closeable {

    private record Field(String name, int length) {
    }

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final InputStream in;
    private final List<Field> fields = new ArrayList<>();
    private final Charset charset;
    private final int recordLength;
    private int remaining;
    private boolean deleted;

    DbaseTable(InputStream raw, String codePage) throws IOException {
        this.in = new BufferedInputStream(raw, 1 << 16);
        byte[] start = in.readNBytes(32);
        ByteBuffer header = ByteBuffer.wrap(start).order(ByteOrder.LITTLE_ENDIAN);
        if (start.length < 32) {
            throw new java.io.EOFException("dBase header cut short");
        }
        remaining = header.getInt(4);
        int headerLength = Short.toUnsignedInt(header.getShort(8));
        recordLength = Short.toUnsignedInt(header.getShort(10));
        byte[] descriptors = in.readNBytes(Math.max(0, headerLength - 32));
        for (int at = 0; at + 32 <= descriptors.length && descriptors[at] != 0x0D; at += 32) {
            int end = at;
            while (end < at + 11 && descriptors[end] != 0) {
                end++;
            }
            fields.add(new Field(new String(descriptors, at, end - at, StandardCharsets.ISO_8859_1).strip(),
                    Byte.toUnsignedInt(descriptors[at + 16])));
        }
        charset = codePage != null ? named(codePage) : byDriver(start[29]);
    }

    /** The next record's values by field name, or null after the last. */
    Map<String, String> next() throws IOException {
        if (remaining <= 0) {
            return null;
        }
        byte[] record = in.readNBytes(recordLength);
        if (record.length < recordLength || record.length == 0) {
            return null;
        }
        remaining--;
        deleted = record[0] == '*';
        var values = new LinkedHashMap<String, String>();
        int at = 1;
        for (Field field : fields) {
            int length = Math.min(field.length(), record.length - at);
            String value = decode(record, at, Math.max(length, 0)).strip();
            if (!value.isEmpty()) {
                values.put(field.name(), value);
            }
            at += field.length();
        }
        return values;
    }

    /** Whether the record last returned is marked deleted. */
    boolean wasDeleted() {
        return deleted;
    }

    private String decode(byte[] bytes, int from, int length) {
        if (charset != null) {
            return new String(bytes, from, length, charset);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, from, length)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, from, length, WINDOWS_1252);
        }
    }

    /** The code page a .cpg file names ("UTF-8", "1252", "ISO-8859-1", "CP1252"…); unknown names: guessed per value. */
    private static Charset named(String name) {
        String n = name.toUpperCase(Locale.ROOT).replace("CP", "").strip();
        if (n.matches("[0-9]{3,4}")) {
            n = (n.length() == 4 && n.startsWith("12") ? "windows-" : "IBM") + n;
        }
        try {
            return Charset.forName(n);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
            return null;
        }
    }

    /** The code page of the dBase language driver byte; null (guessed per value) when it names none. */
    private static Charset byDriver(byte driver) {
        return switch (Byte.toUnsignedInt(driver)) {
            case 0x01 -> Charset.forName("IBM437");
            case 0x02 -> Charset.forName("IBM850");
            case 0x03, 0x57, 0x58, 0x59 -> WINDOWS_1252;
            case 0x64 -> Charset.forName("IBM852");
            case 0x66 -> Charset.forName("IBM866");
            case 0xC8 -> Charset.forName("windows-1250");
            case 0xC9 -> Charset.forName("windows-1251");
            default -> null;
        };
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
