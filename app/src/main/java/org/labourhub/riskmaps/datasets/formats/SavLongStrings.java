package org.labourhub.riskmaps.datasets.formats;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The SPSS extension records made of names and texts: long variable names (7/13) and very long string widths (7/14)
 * as {@code SHORT=value} pairs separated by tabs, and the value labels (7/21) and missing values (7/22) of strings
 * wider than 8 bytes, which do not fit the 8-byte values of the older records.
 */
final class SavLongStrings {

    private SavLongStrings() {
    }

    /** {@code A=x\tB=y} as a map (NULs, which 7/14 puts before each tab, are dropped). */
    static Map<String, String> pairs(ByteBuffer record, Charset charset) {
        var pairs = new HashMap<String, String>();
        if (record == null) {
            return pairs;
        }
        for (String pair : new String(record.array(), charset).replace("\0", "").split("\t")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                pairs.put(pair.substring(0, equals), pair.substring(equals + 1));
            }
        }
        return pairs;
    }

    static void apply(SavRecords records, SavDictionary dictionary) {
        for (ByteBuffer record : records.extensions.getOrDefault(21, List.of())) {
            valueLabels(record.duplicate().order(record.order()), dictionary);
        }
        for (ByteBuffer record : records.extensions.getOrDefault(22, List.of())) {
            missingValues(record.duplicate().order(record.order()), dictionary);
        }
    }

    private static void valueLabels(ByteBuffer in, SavDictionary dictionary) {
        while (in.hasRemaining()) {
            int variable = dictionary.indexOf(text(in, in.getInt(), dictionary.charset));
            in.getInt(); // width
            int count = in.getInt();
            for (int i = 0; i < count; i++) {
                String value = text(in, in.getInt(), dictionary.charset).stripTrailing();
                String label = text(in, in.getInt(), dictionary.charset);
                if (variable >= 0) {
                    dictionary.addLabel(variable, value, label);
                }
            }
        }
    }

    private static void missingValues(ByteBuffer in, SavDictionary dictionary) {
        while (in.hasRemaining()) {
            int variable = dictionary.indexOf(text(in, in.getInt(), dictionary.charset));
            int count = in.get();
            int length = in.getInt();
            var texts = new ArrayList<String>();
            for (int i = 0; i < count; i++) {
                texts.add(text(in, length, dictionary.charset).stripTrailing());
            }
            if (variable >= 0) {
                dictionary.setMissingTexts(variable, texts);
            }
        }
    }

    private static String text(ByteBuffer in, int length, Charset charset) {
        byte[] bytes = new byte[length];
        in.get(bytes);
        return new String(bytes, charset);
    }
}
