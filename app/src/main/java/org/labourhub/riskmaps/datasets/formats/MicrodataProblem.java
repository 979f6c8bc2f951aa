package org.labourhub.riskmaps.datasets.formats;

import java.util.List;

/**
 * What is wrong with a microdata file, as a message key under {@code riskmaps.formats.} and its arguments, with where
 * it is: the file's name, the line (CSV, XLSX) or case number (Stata, SPSS), the column and the variable, each when
 * known (0 or null otherwise). It carries no English: the web layer says it in the reader's language.
 */
public final class MicrodataProblem extends RuntimeException {

    /** The kinds of problem, each with its message key. */
    public enum Kind {
        /** The file is not what its name says; argument: the format's name. */
        NOT_THE_FORMAT("notTheFormat"),
        /** The file ends before its own description says it should. */
        TRUNCATED("truncated"),
        /** A version of the format this reader does not know; arguments: format, version. */
        UNSUPPORTED_VERSION("unsupportedVersion"),
        /** The file's name ends in an extension no reader handles; argument: the extension. */
        UNKNOWN_EXTENSION("unknownExtension"),
        /** A value that is not a number in a column read as numbers; argument: the value. */
        NOT_A_NUMBER("notANumber"),
        /** Bytes that are not text in the file's encoding; argument: the encoding. */
        UNDECODABLE("undecodable"),
        /** An encoding this machine cannot read; argument: its name as the file gives it. */
        UNKNOWN_ENCODING("unknownEncoding"),
        /** A line with another number of fields than the header; arguments: found, expected. */
        FIELD_COUNT("fieldCount"),
        /** A quoted field that is never closed; the line is where it opens. */
        UNCLOSED_QUOTE("unclosedQuote"),
        /** The file has no header line (or no first row). */
        NO_HEADER("noHeader"),
        /** A column of the header without a name. */
        EMPTY_NAME("emptyName"),
        /** Two columns of the header with the same name; argument: the name. */
        DUPLICATE_NAME("duplicateName"),
        /** A variable asked for that the file does not have; argument: its name. */
        UNKNOWN_VARIABLE("unknownVariable"),
        /** A sheet asked for that the workbook does not have; argument: its name. */
        UNKNOWN_SHEET("unknownSheet"),
        /** The file's inner structure contradicts itself (a damaged file). */
        DAMAGED("damaged");

        private final String key;

        Kind(String suffix) {
            this.key = "riskmaps.formats." + suffix;
        }

        public String key() {
            return key;
        }
    }

    private final Kind kind;
    private final List<String> args;
    private final String file;
    private final long line;
    private final int column;
    private final String variable;

    public MicrodataProblem(Kind kind, String file, long line, int column, String variable, Object... args) {
        super(kind.key(), null, false, false);
        this.kind = kind;
        this.args = java.util.Arrays.stream(args).map(String::valueOf).toList();
        this.file = file;
        this.line = line;
        this.column = column;
        this.variable = variable;
    }

    /** A problem with the file as a whole. */
    public static MicrodataProblem of(Kind kind, String file, Object... args) {
        return new MicrodataProblem(kind, file, 0, 0, null, args);
    }

    public Kind kind() {
        return kind;
    }

    public String key() {
        return kind.key();
    }

    public List<String> args() {
        return args;
    }

    public String file() {
        return file;
    }

    /** The line (text files, 1 for the header) or the case number (Stata, SPSS), 0 when unknown. */
    public long line() {
        return line;
    }

    /** The column, from 1; 0 when unknown. */
    public int column() {
        return column;
    }

    /** The variable concerned, or null. */
    public String variable() {
        return variable;
    }

    @Override
    public String toString() {
        return "MicrodataProblem[" + key() + " " + args + " in " + file + " at " + line + ":" + column
                + (variable == null ? "" : " (" + variable + ")") + "]";
    }
}
