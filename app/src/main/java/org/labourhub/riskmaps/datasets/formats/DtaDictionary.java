package org.labourhub.riskmaps.datasets.formats;

import org.labourhub.riskmaps.datasets.formats.MicrodataProblem.Kind;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * The description at the head of a Stata file, read from either layout: the tagged one of formats 117–119
 * ({@code <stata_dta><header>…}, with a map of section offsets) or the binary one of formats 110–115 (fixed-width
 * fields one after another, value labels after the data). Types are kept in the codes of format 117.
 */
final class DtaDictionary {

    static final String FORMAT = "Stata";
    static final int STRL = 32768;
    static final int DOUBLE = 65526;
    static final int FLOAT = 65527;
    static final int LONG = 65528;
    static final int INT = 65529;
    static final int BYTE = 65530;

    int release;
    long cases;
    int[] types;
    String[] names;
    String[] formats;
    String[] labelSets;
    String[] labels;
    long data;
    long strls = -1;
    long valueLabels = -1;

    /** Stata 14 and later write UTF-8; before, the machine's encoding, which the file does not name. */
    String decode(byte[] bytes, int offset, int length) {
        return release >= 118 ? FixedText.decode(bytes, offset, length, StandardCharsets.UTF_8)
                : FixedText.decodeGuessing(bytes, offset, length);
    }

    String decode(byte[] bytes) {
        return decode(bytes, 0, bytes.length);
    }

    /** From format 113 (Stata 8), missing values {@code .a}–{@code .z} beside {@code .}. */
    boolean extendedMissing() {
        return release >= 113;
    }

    int nameWidth() {
        return release >= 118 ? 129 : 33;
    }

    static DtaDictionary read(BinaryInput in) throws IOException {
        var dictionary = new DtaDictionary();
        int first = in.uint8();
        if (first == '<') {
            dictionary.readTagged(in);
        } else {
            dictionary.readBinary(in, first);
        }
        return dictionary;
    }

    private void readTagged(BinaryInput in) throws IOException {
        in.expect("stata_dta><header><release>", FORMAT);
        release = Integer.parseInt(new String(in.bytes(3), StandardCharsets.US_ASCII));
        if (release < 117 || release > 119) {
            throw MicrodataProblem.of(Kind.UNSUPPORTED_VERSION, in.fileName(), FORMAT, release);
        }
        in.expect("</release><byteorder>", FORMAT);
        String order = new String(in.bytes(3), StandardCharsets.US_ASCII);
        in.order(order.equals("MSF") ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        in.expect("</byteorder><K>", FORMAT);
        int count = release == 119 ? in.int32() : in.uint16();
        in.expect("</K><N>", FORMAT);
        cases = release == 117 ? in.int32() & 0xffffffffL : in.int64();
        in.expect("</N><label>", FORMAT);
        in.skip(release == 117 ? in.uint8() : in.uint16());
        in.expect("</label><timestamp>", FORMAT);
        in.skip(in.uint8());
        in.expect("</timestamp></header><map>", FORMAT);
        long[] map = new long[14];
        for (int i = 0; i < map.length; i++) {
            map[i] = in.int64();
        }
        in.seek(map[2]);
        in.expect("<variable_types>", FORMAT);
        types = new int[count];
        for (int i = 0; i < count; i++) {
            types[i] = in.uint16();
        }
        int width = nameWidth();
        names = section(in, map[3], "<varnames>", width);
        formats = section(in, map[5], "<formats>", release == 117 ? 49 : 57);
        labelSets = section(in, map[6], "<value_label_names>", width);
        labels = section(in, map[7], "<variable_labels>", release == 117 ? 81 : 321);
        data = map[9];
        strls = map[10];
        valueLabels = map[11];
    }

    private String[] section(BinaryInput in, long offset, String tag, int width) throws IOException {
        in.seek(offset);
        in.expect(tag, FORMAT);
        return texts(in, width);
    }

    private String[] texts(BinaryInput in, int width) throws IOException {
        String[] texts = new String[types.length];
        for (int i = 0; i < texts.length; i++) {
            texts[i] = decode(in.bytes(width));
        }
        return texts;
    }

    private void readBinary(BinaryInput in, int version) throws IOException {
        release = version;
        int order = in.uint8();
        if (order != 1 && order != 2 || in.uint8() != 1) {
            throw MicrodataProblem.of(Kind.NOT_THE_FORMAT, in.fileName(), FORMAT);
        }
        if (version != 110 && version != 111 && (version < 113 || version > 115)) {
            throw MicrodataProblem.of(Kind.UNSUPPORTED_VERSION, in.fileName(), FORMAT, version);
        }
        in.order(order == 1 ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        in.skip(1);
        int count = in.uint16();
        cases = in.int32() & 0xffffffffL;
        in.skip(81 + 18);
        types = new int[count];
        for (int i = 0; i < count; i++) {
            types[i] = binaryType(in.uint8(), in.fileName());
        }
        names = texts(in, 33);
        in.skip(2L * (count + 1));
        formats = texts(in, version >= 114 ? 49 : 12);
        labelSets = texts(in, 33);
        labels = texts(in, 81);
        skipExpansionFields(in);
        data = in.position();
    }

    /** Format 110 spells types as letters ('b', 'i', 'l', 'f', 'd') and strN as 127 + N; 111 and later as 251–255. */
    private int binaryType(int code, String file) {
        if (release == 110) {
            return switch (code) {
                case 'b' -> BYTE;
                case 'i' -> INT;
                case 'l' -> LONG;
                case 'f' -> FLOAT;
                case 'd' -> DOUBLE;
                default -> code > 127 ? code - 127 : damaged(file);
            };
        }
        return switch (code) {
            case 251 -> BYTE;
            case 252 -> INT;
            case 253 -> LONG;
            case 254 -> FLOAT;
            case 255 -> DOUBLE;
            default -> code >= 1 && code <= 244 ? code : damaged(file);
        };
    }

    private static int damaged(String file) {
        throw MicrodataProblem.of(Kind.DAMAGED, file);
    }

    private static void skipExpansionFields(BinaryInput in) throws IOException {
        while (true) {
            int type = in.uint8();
            int length = in.int32();
            if (type == 0 && length == 0) {
                return;
            }
            in.skip(length);
        }
    }

    /** The width in bytes of a value of this type in a data record. */
    int width(int type) {
        return switch (type) {
            case BYTE -> 1;
            case INT -> 2;
            case LONG, FLOAT -> 4;
            case DOUBLE, STRL -> 8;
            default -> type;
        };
    }

    boolean isText(int type) {
        return type <= STRL;
    }
}
