package org.labourhub.risk.csv;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Numbers the distinct codes (territories, strata, PSUs, categories) met in a column, straight from the bytes
 * of the field: an open-addressing hash table, so a code costs no String per row.
 */
public final class CodeIndex {

    private final List<byte[]> codes = new ArrayList<>();
    private int[] slots = new int[64];

    public CodeIndex() {
        Arrays.fill(slots, -1);
    }

    /** The number of the code in the line's field, adding it if it is new. */
    public int indexOf(CsvLine line, int field) {
        int mask = slots.length - 1;
        int slot = mix(line.fieldHash(field)) & mask;
        while (slots[slot] >= 0) {
            if (line.fieldEquals(field, codes.get(slots[slot]))) {
                return slots[slot];
            }
            slot = (slot + 1) & mask;
        }
        codes.add(line.fieldBytes(field));
        slots[slot] = codes.size() - 1;
        if (codes.size() * 2 > slots.length) {
            grow();
        }
        return codes.size() - 1;
    }

    /** The number of a code given as bytes, adding it if it is new. */
    public int indexOf(byte[] code) {
        int found = find(code);
        if (found >= 0) {
            return found;
        }
        int mask = slots.length - 1;
        int slot = mix(hash(code)) & mask;
        while (slots[slot] >= 0) {
            slot = (slot + 1) & mask;
        }
        codes.add(code);
        slots[slot] = codes.size() - 1;
        if (codes.size() * 2 > slots.length) {
            grow();
        }
        return codes.size() - 1;
    }

    /** The number of a code, or -1 when it was never met. */
    public int find(byte[] code) {
        int mask = slots.length - 1;
        int slot = mix(hash(code)) & mask;
        while (slots[slot] >= 0) {
            if (Arrays.equals(codes.get(slots[slot]), code)) {
                return slots[slot];
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    public int size() {
        return codes.size();
    }

    public byte[] code(int index) {
        return codes.get(index);
    }

    public String text(int index, Charset charset) {
        return new String(codes.get(index), charset).replace("\"\"", "\"");
    }

    private void grow() {
        slots = new int[slots.length * 2];
        Arrays.fill(slots, -1);
        int mask = slots.length - 1;
        for (int i = 0; i < codes.size(); i++) {
            int slot = mix(hash(codes.get(i))) & mask;
            while (slots[slot] >= 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = i;
        }
    }

    private static int hash(byte[] code) {
        int h = 1;
        for (byte b : code) {
            h = 31 * h + b;
        }
        return h;
    }

    private static int mix(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
