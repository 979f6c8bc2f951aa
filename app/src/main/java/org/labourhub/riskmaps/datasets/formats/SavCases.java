package org.labourhub.riskmaps.datasets.formats;

import org.labourhub.riskmaps.datasets.formats.MicrodataProblem.Kind;

import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * The cases of an SPSS file as 8-byte slots, uncompressed or in SPSS's bytecode: blocks of eight one-byte codes, each
 * standing for a slot — 1–251 the number code − bias, 253 "the next 8 raw bytes", 254 eight spaces, 255
 * system-missing, 0 nothing, 252 the end of the data. A .zsav file is the same bytecode in zlib blocks.
 */
final class SavCases {

    private static final byte[] SPACES = "        ".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final BinaryInput in;
    private final boolean compressed;
    private final double bias;
    private final double sysmis;
    private final byte[] codes = new byte[8];
    private int nextCode = 8;
    private boolean ended;

    SavCases(BinaryInput in, boolean compressed, double bias, double sysmis) {
        this.in = in;
        this.compressed = compressed;
        this.bias = bias;
        this.sysmis = sysmis;
    }

    /** Fills the case's slots; false when the data ended before it. */
    boolean read(ByteBuffer slots) throws IOException {
        if (ended || nextCode == 8 && in.atEnd()) {
            return false;
        }
        byte[] bytes = slots.array();
        int count = bytes.length / 8;
        for (int slot = 0; slot < count; slot++) {
            if (!compressed) {
                System.arraycopy(in.bytes(8), 0, bytes, slot * 8, 8);
            } else if (!decode(slots, slot)) {
                if (slot == 0) {
                    return false;
                }
                throw MicrodataProblem.of(Kind.TRUNCATED, in.fileName());
            }
        }
        return true;
    }

    private boolean decode(ByteBuffer slots, int slot) throws IOException {
        while (true) {
            if (nextCode == 8) {
                if (in.atEnd()) {
                    ended = true;
                    return false;
                }
                System.arraycopy(in.bytes(8), 0, codes, 0, 8);
                nextCode = 0;
            }
            int code = codes[nextCode++] & 0xff;
            switch (code) {
                case 0 -> {
                    continue;
                }
                case 252 -> {
                    ended = true;
                    return false;
                }
                case 253 -> System.arraycopy(in.bytes(8), 0, slots.array(), slot * 8, 8);
                case 254 -> System.arraycopy(SPACES, 0, slots.array(), slot * 8, 8);
                case 255 -> slots.putDouble(slot * 8, sysmis);
                default -> slots.putDouble(slot * 8, code - bias);
            }
            return true;
        }
    }

    static ByteBuffer slots(int count, java.nio.ByteOrder order) {
        return ByteBuffer.wrap(new byte[count * 8]).order(order);
    }
}
