package org.labourhub.riskmaps.datasets.formats;

import org.labourhub.riskmaps.datasets.formats.MicrodataProblem.Kind;
import org.labourhub.riskmaps.datasets.formats.SavRecords.RawLabels;
import org.labourhub.riskmaps.datasets.formats.SavRecords.RawVariable;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An SPSS file's variables made from its raw records: long names (7/13) over the 8-byte short names, very long
 * strings (7/14) joined from their 255-byte segments, value labels (3/4 and 7/21), missing values (in the variable
 * record and 7/22), all texts decoded in the file's encoding (7/20, else the code page of 7/3).
 */
final class SavDictionary {

    /** Where a variable's value lies in a case: the 8-byte slots of its segments and the bytes used in each. */
    record Layout(int[] slots, int[] widths) {
    }

    final Charset charset;
    final double sysmis;
    final List<Variable> variables = new ArrayList<>();
    final List<Layout> layouts = new ArrayList<>();
    private final List<Map<String, String>> valueLabels = new ArrayList<>();
    private final List<DeclaredMissing> missing = new ArrayList<>();
    private final List<RawVariable> firsts = new ArrayList<>();
    private final List<String> names = new ArrayList<>();
    private final java.nio.ByteOrder order;

    SavDictionary(SavRecords records, java.nio.ByteOrder order, String fileName) {
        this.order = order;
        this.charset = charset(records, fileName);
        ByteBuffer floats = records.extension(4);
        this.sysmis = floats == null ? -Double.MAX_VALUE : floats.getDouble(0);
        group(records);
        for (RawLabels labels : records.labels) {
            label(labels);
        }
        SavLongStrings.apply(records, this);
        for (int i = 0; i < firsts.size(); i++) {
            RawVariable first = firsts.get(i);
            String label = first.label == null ? "" : new String(first.label, charset);
            var kind = first.width == 0 ? Variable.Kind.NUMBER : Variable.Kind.TEXT;
            variables.add(new Variable(names.get(i), label, kind, valueLabels.get(i), missing.get(i), format(first.print)));
        }
    }

    private static Charset charset(SavRecords records, String fileName) {
        ByteBuffer encoding = records.extension(20);
        if (encoding != null) {
            String name = new String(encoding.array(), StandardCharsets.US_ASCII).trim();
            try {
                return Charset.forName(name);
            } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
                throw MicrodataProblem.of(Kind.UNKNOWN_ENCODING, fileName, name);
            }
        }
        ByteBuffer machine = records.extension(3);
        int codePage = machine == null ? 0 : machine.getInt(28);
        return switch (codePage) {
            case 65001 -> StandardCharsets.UTF_8;
            case 28591 -> StandardCharsets.ISO_8859_1;
            case 20127 -> StandardCharsets.US_ASCII;
            default -> Charset.isSupported("windows-" + codePage) ? Charset.forName("windows-" + codePage)
                    : Charset.forName("windows-1252");
        };
    }

    /** Groups the variable records into variables, joining the segments of very long strings. */
    private void group(SavRecords records) {
        Map<String, String> longNames = SavLongStrings.pairs(records.extension(13), charset);
        Map<String, String> veryLong = SavLongStrings.pairs(records.extension(14), charset);
        List<RawVariable> raw = records.variables;
        for (int i = 0; i < raw.size(); i++) {
            RawVariable first = raw.get(i);
            String shortName = new String(first.name, charset).trim();
            int segments = 1;
            if (veryLong.containsKey(shortName)) {
                int width = Integer.parseInt(veryLong.get(shortName).trim());
                segments = Math.min((width + 251) / 252, raw.size() - i);
            }
            int[] slots = new int[segments];
            int[] widths = new int[segments];
            for (int s = 0; s < segments; s++) {
                slots[s] = raw.get(i + s).slot;
                widths[s] = raw.get(i + s).width;
            }
            i += segments - 1;
            firsts.add(first);
            names.add(longNames.getOrDefault(shortName, shortName));
            layouts.add(new Layout(slots, widths));
            valueLabels.add(new HashMap<>());
            missing.add(declaredMissing(first));
        }
    }

    private DeclaredMissing declaredMissing(RawVariable v) {
        if (v.width > 0) {
            var texts = new ArrayList<String>();
            for (byte[] text : v.missingTexts) {
                texts.add(FixedText.decodePadded(text, 0, text.length, charset));
            }
            return new DeclaredMissing(List.of(), texts, Double.NaN, Double.NaN);
        }
        double[] m = v.missingNumbers;
        var numbers = new ArrayList<Double>();
        double low = Double.NaN;
        double high = Double.NaN;
        int discrete = 0;
        if (v.missingCount < 0) {
            low = m[0];
            high = m[1];
            discrete = 2;
        }
        for (int i = discrete; i < m.length; i++) {
            numbers.add(m[i]);
        }
        return new DeclaredMissing(numbers, List.of(), low, high);
    }

    private void label(RawLabels raw) {
        for (int slot : raw.slots()) {
            int variable = variableAt(slot);
            if (variable < 0) {
                continue;
            }
            boolean number = firsts.get(variable).width == 0;
            for (int i = 0; i < raw.values().size(); i++) {
                byte[] value = raw.values().get(i);
                String key = number ? NumberText.format(ByteBuffer.wrap(value).order(order).getDouble())
                        : FixedText.decodePadded(value, 0, 8, charset);
                valueLabels.get(variable).put(key, new String(raw.labels().get(i), charset));
            }
        }
    }

    private int variableAt(int slot) {
        for (int i = 0; i < layouts.size(); i++) {
            if (layouts.get(i).slots()[0] == slot) {
                return i;
            }
        }
        return -1;
    }

    /** The variable with this name (long or short), or -1. */
    int indexOf(String name) {
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).equalsIgnoreCase(name)
                    || new String(firsts.get(i).name, charset).trim().equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    void addLabel(int variable, String value, String label) {
        valueLabels.get(variable).put(value, label);
    }

    void setMissingTexts(int variable, List<String> texts) {
        missing.set(variable, new DeclaredMissing(List.of(), texts, Double.NaN, Double.NaN));
    }

    /** The print format in SPSS's words: F8.2, A20, DATE11… */
    private static String format(int print) {
        int type = print >> 16 & 0xff;
        int width = print >> 8 & 0xff;
        int decimals = print & 0xff;
        String name = switch (type) {
            case 1 -> "A";
            case 3 -> "COMMA";
            case 4 -> "DOLLAR";
            case 5 -> "F";
            case 17 -> "E";
            case 20 -> "DATE";
            case 22 -> "DATETIME";
            default -> "";
        };
        if (name.isEmpty()) {
            return "";
        }
        return type == 1 ? name + width : name + width + (decimals > 0 ? "." + decimals : "");
    }
}
