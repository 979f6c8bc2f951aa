package org.labourhub.riskmaps.datasets.formats;

import org.labourhub.riskmaps.datasets.formats.MicrodataProblem.Kind;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The dictionary records of an SPSS system file, from the first variable record to the end record (999), kept as
 * raw bytes: their texts can only be decoded once the encoding record (7/20), which comes late, is read.
 */
final class SavRecords {

    /** One variable record (type 2): a variable, or the continuation of a long string (width -1). */
    static final class RawVariable {
        int slot;
        int width;
        int print;
        byte[] name;
        byte[] label;
        int missingCount;
        double[] missingNumbers = new double[0];
        byte[][] missingTexts = new byte[0][];
    }

    /** One value-label record (type 3) with the slots (type 4) it applies to. */
    record RawLabels(List<byte[]> values, List<byte[]> labels, int[] slots) {
    }

    final List<RawVariable> variables = new ArrayList<>();
    final List<RawLabels> labels = new ArrayList<>();
    /** Extension records (type 7) by subtype. */
    final Map<Integer, List<ByteBuffer>> extensions = new HashMap<>();

    static SavRecords read(BinaryInput in) throws IOException {
        var records = new SavRecords();
        int slot = 0;
        while (true) {
            int type = in.int32();
            switch (type) {
                case 2 -> slot += records.readVariable(in, slot);
                case 3 -> records.readLabels(in);
                case 6 -> in.skip(80L * in.int32());
                case 7 -> records.readExtension(in);
                case 999 -> {
                    in.skip(4);
                    return records;
                }
                default -> throw MicrodataProblem.of(Kind.DAMAGED, in.fileName());
            }
        }
    }

    private int readVariable(BinaryInput in, int slot) throws IOException {
        var variable = new RawVariable();
        variable.slot = slot;
        variable.width = in.int32();
        boolean labelled = in.int32() == 1;
        variable.missingCount = in.int32();
        variable.print = in.int32();
        in.skip(4); // write format
        variable.name = in.bytes(8);
        if (labelled) {
            int length = in.int32();
            variable.label = in.bytes(length);
            in.skip((4 - length % 4) % 4);
        }
        int values = Math.abs(variable.missingCount);
        if (variable.width == 0) {
            variable.missingNumbers = new double[values];
            for (int i = 0; i < values; i++) {
                variable.missingNumbers[i] = in.float64();
            }
        } else {
            variable.missingTexts = new byte[values][];
            for (int i = 0; i < values; i++) {
                variable.missingTexts[i] = in.bytes(8);
            }
        }
        if (variable.width >= 0) {
            variables.add(variable);
        }
        return 1;
    }

    private void readLabels(BinaryInput in) throws IOException {
        int count = in.int32();
        var values = new ArrayList<byte[]>(count);
        var texts = new ArrayList<byte[]>(count);
        for (int i = 0; i < count; i++) {
            values.add(in.bytes(8));
            int length = in.uint8();
            texts.add(in.bytes(length));
            in.skip((8 - (length + 1) % 8) % 8);
        }
        if (in.int32() != 4) {
            throw MicrodataProblem.of(Kind.DAMAGED, in.fileName());
        }
        int[] slots = new int[in.int32()];
        for (int i = 0; i < slots.length; i++) {
            slots[i] = in.int32() - 1;
        }
        labels.add(new RawLabels(values, texts, slots));
    }

    private void readExtension(BinaryInput in) throws IOException {
        int subtype = in.int32();
        long size = (long) in.int32() * in.int32();
        if (size < 0 || size > Integer.MAX_VALUE) {
            throw MicrodataProblem.of(Kind.DAMAGED, in.fileName());
        }
        ByteBuffer data = ByteBuffer.wrap(in.bytes((int) size)).order(in.order());
        extensions.computeIfAbsent(subtype, s -> new ArrayList<>()).add(data);
    }

    /** The first record of this subtype, or null. */
    ByteBuffer extension(int subtype) {
        List<ByteBuffer> found = extensions.get(subtype);
        return found == null ? null : found.get(0).duplicate().order(found.get(0).order());
    }
}
