package org.labourhub.risk.survey;

import org.labourhub.risk.csv.CsvFile.RowProblem;
import org.labourhub.risk.csv.CsvLine;

/** Reads checked values from a line's fields, with messages that name the column and the value. */
public final class FieldReader {

    private FieldReader() {
    }

    public static double number(CsvLine line, int field, String column, java.nio.charset.Charset charset) {
        if (field >= line.fieldCount()) {
            throw new RowProblem(line, column, "the line has only " + line.fieldCount()
                    + " fields; the value for this column is missing. Check for a missing delimiter.");
        }
        double value = line.number(field);
        if (Double.isNaN(value)) {
            String text = line.text(field, charset);
            throw new RowProblem(line, column, (text.isEmpty() ? "the value is empty" : "'" + text
                    + "' is not a number") + ". Correct the value or remove the line.");
        }
        return value;
    }

    /** Hours or flags: an empty field means none. */
    public static double numberOrZero(CsvLine line, int field, String column, java.nio.charset.Charset charset) {
        if (field < line.fieldCount() && line.isEmpty(field)) {
            return 0;
        }
        return number(line, field, column, charset);
    }

    public static double nonNegative(CsvLine line, int field, String column, String what,
                                     java.nio.charset.Charset charset) {
        double value = numberOrZero(line, field, column, charset);
        if (value < 0) {
            throw new RowProblem(line, column, what + " cannot be negative (" + line.text(field, charset)
                    + "). Correct the value.");
        }
        return value;
    }

    public static boolean flag(CsvLine line, int field, String column, java.nio.charset.Charset charset) {
        double value = numberOrZero(line, field, column, charset);
        if (value != 0 && value != 1) {
            throw new RowProblem(line, column, "a flag must be 0 or 1, not '" + line.text(field, charset) + "'.");
        }
        return value == 1;
    }

    public static void requireField(CsvLine line, int field, String column) {
        if (field >= line.fieldCount()) {
            throw new RowProblem(line, column, "the line has only " + line.fieldCount()
                    + " fields; the value for this column is missing. Check for a missing delimiter.");
        }
    }
}
