package org.labourhub.projects.importing.sheet;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.openxml4j.exceptions.ODFNotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;

import java.io.IOException;
import java.util.Locale;

/**
 * Why an uploaded file cannot be read as a spreadsheet, in terms a reader can act on. Library messages (POI's "Zip
 * bomb detected!…", "not a valid OOXML file", parser errors) stay in the server's log; pages show the message of
 * {@link #code()}, which says what is wrong with the file and what to do.
 */
public final class UnreadableSheet extends IOException {

    /** What is wrong with the file. */
    public enum Reason {
        /** Named .xlsx, but plain text. */
        NOT_XLSX,
        /** A ZIP file that is no Excel workbook (a Word document, a plain archive). */
        NOT_A_WORKBOOK,
        /** An OpenDocument spreadsheet (.ods). */
        OPEN_DOCUMENT,
        /** Excel 97-2003 (.xls) or older. */
        OLD_EXCEL,
        /** A workbook protected by a password. */
        ENCRYPTED,
        /** A broken ZIP or XML inside: cut short, damaged. */
        DAMAGED,
        /** Unpacks to far more than its size: what a zip bomb looks like. */
        EXPANDS_TOO_MUCH,
        /** A PDF, an image or another binary document. */
        NOT_TEXT,
        /** An HTML page under a spreadsheet's name. */
        WEB_PAGE,
        /** An XML file (an IATI file, an "XML Spreadsheet 2003"). */
        XML,
        /** Text in UTF-16 ("Unicode text"). */
        UTF16,
        /** The chosen sheet is not in the workbook. */
        NO_SUCH_SHEET
    }

    private final Reason reason;
    private final int sheet;

    UnreadableSheet(Reason reason) {
        this(reason, 0, null);
    }

    UnreadableSheet(Reason reason, int sheet, Throwable cause) {
        super(reason.name(), cause);
        this.reason = reason;
        this.sheet = sheet;
    }

    /** What a library failure means for the reader, judged from its class or, for POI's zip bomb check, its text. */
    public static UnreadableSheet of(Throwable failure) {
        if (failure instanceof UnreadableSheet known) {
            return known;
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            if (message.contains("Zip bomb detected")) { // POI says so only in its message (an IOException)
                return new UnreadableSheet(Reason.EXPANDS_TOO_MUCH, 0, failure);
            }
            if (cause instanceof EncryptedDocumentException) {
                return new UnreadableSheet(Reason.ENCRYPTED, 0, failure);
            }
            if (cause instanceof ODFNotOfficeXmlFileException) {
                return new UnreadableSheet(Reason.OPEN_DOCUMENT, 0, failure);
            }
            if (cause instanceof OLE2NotOfficeXmlFileException) {
                return new UnreadableSheet(Reason.OLD_EXCEL, 0, failure);
            }
            if (cause instanceof UnsupportedFileFormatException) {
                return new UnreadableSheet(Reason.NOT_A_WORKBOOK, 0, failure);
            }
        }
        return new UnreadableSheet(Reason.DAMAGED, 0, failure);
    }

    public Reason reason() {
        return reason;
    }

    /** The sheet asked for, numbered from 1, when it is missing. */
    public int sheet() {
        return sheet;
    }

    /** The message's name: "notXlsx", "expandsTooMuch"… */
    public String code() {
        StringBuilder code = new StringBuilder();
        for (String word : reason.name().toLowerCase(Locale.ROOT).split("_")) {
            code.append(code.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return code.toString();
    }
}
