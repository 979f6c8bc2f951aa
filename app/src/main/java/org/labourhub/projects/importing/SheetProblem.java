package org.labourhub.projects.importing;

import org.labourhub.platform.i18n.Formats;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * One thing wrong in a spreadsheet row, where its reader finds it: the row number as the spreadsheet shows it, the
 * column's letter and header (none when the field has no column in the file), the project field the column fills
 * and the row's key. What is wrong is a message key under {@code projects.sheet.problem.} with its arguments, the
 * cell's text as the file has it, a date in ISO form or a number.
 */
public record SheetProblem(int row, String column, String header, String key, String field, String code, List<String> args) {

    public SheetProblem {
        args = List.copyOf(args);
    }

    /** The message's arguments for a reader: dates and numbers in the reader's language, cells' texts as written. */
    public Object[] shown(Formats formats) {
        Object[] shown = args.toArray();
        switch (code) {
            case "dateOrder" -> {
                for (int i = 0; i < shown.length; i++) {
                    shown[i] = date(args.get(i), formats);
                }
            }
            case "amountTooLarge" -> shown[1] = new BigDecimal(args.get(1));
            case "tooLong" -> shown[0] = Integer.valueOf(args.get(0));
            default -> {
            }
        }
        return shown;
    }

    private static String date(String iso, Formats formats) {
        try {
            return formats.date(LocalDate.parse(iso));
        } catch (DateTimeParseException notADate) {
            return iso;
        }
    }
}
