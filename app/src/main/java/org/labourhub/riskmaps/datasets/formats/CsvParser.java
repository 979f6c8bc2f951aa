package org.labourhub.riskmaps.datasets.formats;

import org.labourhub.riskmaps.datasets.formats.MicrodataProblem.Kind;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into records and fields as RFC 4180 says: a field in double quotes may hold separators, line breaks
 * and doubled quotes; lines end in CRLF, LF or CR. Blank lines are passed over. Knows the line each record starts on.
 */
final class CsvParser {

    private static final int END = -1;

    private final Reader in;
    private final char separator;
    private final String fileName;
    private final StringBuilder field = new StringBuilder();
    private long line = 1;
    private long recordLine;
    private final char[] buffer = new char[1 << 16];
    private int position;
    private int length;

    CsvParser(Reader in, char separator, String fileName) {
        this.in = in;
        this.separator = separator;
        this.fileName = fileName;
    }

    /** The line the last record returned starts on, from 1. */
    long recordLine() {
        return recordLine;
    }

    /** The line being read, from 1. */
    long line() {
        return line;
    }

    /** The next record's fields, or null at the end of the text. */
    List<String> next() throws IOException {
        while (true) {
            int c = peek();
            if (c == END) {
                return null;
            }
            if (c == '\r' || c == '\n') {
                newline(read());
                continue;
            }
            recordLine = line;
            return record();
        }
    }

    private List<String> record() throws IOException {
        var fields = new ArrayList<String>();
        while (true) {
            field.setLength(0);
            int c = peek() == '"' ? quoted() : plain();
            fields.add(field.toString());
            if (c == separator) {
                continue;
            }
            if (c != END) {
                newline(c);
            }
            return fields;
        }
    }

    /** Reads an unquoted field; returns what ended it: the separator, a line break or the end. */
    private int plain() throws IOException {
        while (true) {
            int c = read();
            if (c == separator || c == '\r' || c == '\n' || c == END) {
                return c;
            }
            field.append((char) c);
        }
    }

    private int quoted() throws IOException {
        long opened = line;
        read();
        while (true) {
            int c = read();
            if (c == END) {
                throw new MicrodataProblem(Kind.UNCLOSED_QUOTE, fileName, opened, 0, null);
            }
            if (c == '"') {
                if (peek() != '"') {
                    return plain(); // a closing quote; anything before the separator is kept as written
                }
                read();
            } else if (c == '\n' || c == '\r' && peek() != '\n') {
                line++;
            }
            field.append((char) c);
        }
    }

    private void newline(int c) throws IOException {
        if (c == '\r' && peek() == '\n') {
            read();
        }
        line++;
    }

    private int peek() throws IOException {
        if (position == length) {
            length = in.read(buffer);
            position = 0;
            if (length <= 0) {
                length = 0;
                return END;
            }
        }
        return buffer[position];
    }

    private int read() throws IOException {
        int c = peek();
        if (c != END) {
            position++;
        }
        return c;
    }
}
