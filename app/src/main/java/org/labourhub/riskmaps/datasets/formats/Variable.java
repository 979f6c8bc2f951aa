package org.labourhub.riskmaps.datasets.formats;

import java.util.Map;
import java.util.Objects;

/**
 * One variable (column) of a microdata file.
 *
 * @param name        its name in the file, unique in it
 * @param label       its label (Stata, SPSS), or empty
 * @param kind        numbers or text
 * @param valueLabels the label of each labelled value, keyed by the value as {@link NumberText#format} writes it
 *                    (numbers), as is (text) or as Stata's missing code ({@code .a})
 * @param missing     the values its file declares missing (SPSS), never null
 * @param format      its display format as the file gives it ({@code %9.0g}, {@code F8.2}), or empty
 */
public record Variable(String name, String label, Kind kind, Map<String, String> valueLabels,
                       DeclaredMissing missing, String format) {

    /** What a variable holds. */
    public enum Kind { NUMBER, TEXT }

    public Variable {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        label = label == null ? "" : label;
        valueLabels = valueLabels == null ? Map.of() : Map.copyOf(valueLabels);
        missing = missing == null ? DeclaredMissing.NONE : missing;
        format = format == null ? "" : format;
    }

    /** A variable as a text file gives it: a name, no label. */
    public static Variable plain(String name, Kind kind) {
        return new Variable(name, "", kind, Map.of(), DeclaredMissing.NONE, "");
    }

    public boolean isNumber() {
        return kind == Kind.NUMBER;
    }

    /** The label of this value (as {@link NumberText#format} writes numbers), or null. */
    public String labelOf(String value) {
        return valueLabels.get(value);
    }
}
