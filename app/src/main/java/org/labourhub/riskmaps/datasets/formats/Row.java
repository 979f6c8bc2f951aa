package org.labourhub.riskmaps.datasets.formats;

import java.util.List;

/**
 * One case of a microdata file. A reader fills the same row again for each case, so a row is valid until the next
 * call to {@link MicrodataReader#next()}: copy what must outlive it.
 */
public final class Row {

    /** Whether a cell holds a value: system-missing is "no value at all" (Stata's {@code .}, SPSS's sysmis, an empty
     * cell); declared-missing is a value the file marks as missing (SPSS user-missing, Stata's {@code .a}–{@code .z}). */
    public enum Missing { NONE, SYSTEM, DECLARED }

    private final List<Variable> variables;
    private final double[] numbers;
    private final String[] texts;
    private final Missing[] missing;
    private final String[] codes;
    private long index;

    Row(List<Variable> variables) {
        this.variables = List.copyOf(variables);
        int n = variables.size();
        numbers = new double[n];
        texts = new String[n];
        missing = new Missing[n];
        codes = new String[n];
    }

    /** The case's number in the file, from 1 (for a text file, the data row, not the line). */
    public long index() {
        return index;
    }

    public int size() {
        return numbers.length;
    }

    public Variable variable(int column) {
        return variables.get(column);
    }

    public Missing missing(int column) {
        return missing[column];
    }

    public boolean isMissing(int column) {
        return missing[column] != Missing.NONE;
    }

    /** The number in a number column; NaN when system-missing or a Stata missing code. */
    public double number(int column) {
        return numbers[column];
    }

    /** The text in a text column, without the padding fixed-width formats add; empty when system-missing. */
    public String text(int column) {
        return texts[column];
    }

    /** Stata's missing code ({@code .} or {@code .a}–{@code .z}) of a missing number, else null. */
    public String missingCode(int column) {
        return codes[column];
    }

    /** The value as the engine's CSV writes it: the number, the text, or the missing code; empty when system-missing. */
    public String valueText(int column) {
        if (codes[column] != null) {
            return codes[column];
        }
        if (variables.get(column).isNumber()) {
            return missing[column] == Missing.SYSTEM ? "" : NumberText.format(numbers[column]);
        }
        return texts[column];
    }

    void start(long index) {
        this.index = index;
    }

    void putNumber(int column, double value) {
        numbers[column] = value;
        texts[column] = null;
        codes[column] = null;
        missing[column] = variables.get(column).missing().covers(value) ? Missing.DECLARED : Missing.NONE;
    }

    void putSystemMissing(int column) {
        numbers[column] = Double.NaN;
        texts[column] = variables.get(column).isNumber() ? null : "";
        codes[column] = null;
        missing[column] = Missing.SYSTEM;
    }

    /** Stata's missing codes: {@code .} is system-missing, {@code .a}–{@code .z} are declared. */
    void putMissingCode(int column, String code) {
        numbers[column] = Double.NaN;
        texts[column] = null;
        codes[column] = code;
        missing[column] = code.equals(".") ? Missing.SYSTEM : Missing.DECLARED;
    }

    void putText(int column, String value) {
        numbers[column] = Double.NaN;
        texts[column] = value;
        codes[column] = null;
        missing[column] = variables.get(column).missing().covers(value) ? Missing.DECLARED : Missing.NONE;
    }
}
