package org.labourhub.riskmaps.datasets.formats;

import java.nio.charset.Charset;
import java.util.Set;

/**
 * What the person uploading a file may choose, each null (or empty) to let the reader find it: a text file's
 * encoding and separator, a workbook's sheet, and the columns of a text file or workbook to read as numbers (the
 * others are read as text; Stata and SPSS files say their types themselves).
 */
public record ReadOptions(Charset encoding, Character separator, String sheet, Set<String> numberColumns) {

    public static final ReadOptions DEFAULTS = new ReadOptions(null, null, null, Set.of());

    public ReadOptions {
        numberColumns = numberColumns == null ? Set.of() : Set.copyOf(numberColumns);
        if (separator != null && ",;\t|".indexOf(separator) < 0) {
            throw new IllegalArgumentException("The separator must be a comma, semicolon, tab or pipe: " + separator);
        }
    }

    public ReadOptions withEncoding(Charset chosen) {
        return new ReadOptions(chosen, separator, sheet, numberColumns);
    }

    public ReadOptions withSeparator(Character chosen) {
        return new ReadOptions(encoding, chosen, sheet, numberColumns);
    }

    public ReadOptions withSheet(String chosen) {
        return new ReadOptions(encoding, separator, chosen, numberColumns);
    }

    public ReadOptions withNumberColumns(Set<String> chosen) {
        return new ReadOptions(encoding, separator, sheet, chosen);
    }
}
