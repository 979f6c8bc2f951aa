package org.labourhub.projects;

import org.labourhub.platform.i18n.Formats;
import org.labourhub.projects.sheet.UnreadableSheet;

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
record SheetProblem(int row, String column, String header, String key, String field, String code, List<String> args) {

    SheetProblem {
        args = List.copyOf(args);
    }

    /**
     * The file could not be read as a spreadsheet, which stopped the import: what it is or what is wrong with it
     * ({@code file.notXlsx}, {@code file.expandsTooMuch}…), naming the file and, when missing, the sheet.
     */
    static SheetProblem unreadable(UnreadableSheet unreadable, String fileName) {
        return new SheetProblem(0, null, null, null, null, "file." + unreadable.code(),
                List.of(fileName == null ? "" : fileName, String.valueOf(unreadable.sheet())));
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
