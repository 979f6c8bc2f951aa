package org.labourhub.riskmaps.datasets.formats;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;

/**
 * Stata's value-label sets, each a name and a table of integer values with their labels. The table is the same in
 * every format: count n, text length, n offsets, n values, then the texts, NUL-terminated.
 */
final class DtaValueLabels {

    private DtaValueLabels() {
    }

    /** All sets, by name; the keys of each set are values as {@link NumberText#format} writes them, or missing codes. */
    static Map<String, Map<String, String>> read(BinaryInput in, DtaDictionary dictionary) throws IOException {
        var sets = new HashMap<String, Map<String, String>>();
        if (dictionary.valueLabels >= 0) {
            in.seek(dictionary.valueLabels);
            in.expect("<value_labels>", DtaDictionary.FORMAT);
            while (in.uint8() == '<' && in.uint8() == 'l') {
                in.expect("bl>", DtaDictionary.FORMAT);
                readSet(in, dictionary, sets);
                in.expect("</lbl>", DtaDictionary.FORMAT);
            }
        } else {
            while (!in.atEnd()) {
                readSet(in, dictionary, sets);
            }
        }
        return sets;
    }

    private static void readSet(BinaryInput in, DtaDictionary dictionary, Map<String, Map<String, String>> sets)
            throws IOException {
        int length = in.int32();
        String name = dictionary.decode(in.bytes(dictionary.nameWidth()));
        in.skip(3);
        ByteBuffer table = ByteBuffer.wrap(in.bytes(length)).order(in.order());
        sets.put(name, table(table, dictionary, new DtaMissing(dictionary.extendedMissing())));
    }

    private static Map<String, String> table(ByteBuffer table, DtaDictionary dictionary, DtaMissing missing) {
        int count = table.getInt();
        int textLength = table.getInt();
        int textStart = 8 + 8 * count;
        byte[] all = table.array();
        var labels = new HashMap<String, String>();
        for (int i = 0; i < count; i++) {
            int offset = table.getInt(8 + 4 * i);
            int value = table.getInt(8 + 4 * count + 4 * i);
            String code = missing.ofLong(value);
            int end = Math.min(textLength, all.length - textStart);
            String label = offset >= 0 && offset < end ? dictionary.decode(all, textStart + offset, end - offset) : "";
            labels.put(code != null ? code : NumberText.format(value), label);
        }
        return labels;
    }
}
