package org.labourhub.directory.demo;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A CSV file as RFC 4180 writes it: comma-separated fields, fields in double quotes may hold commas, line breaks
 * and doubled quotes; the first record names the columns. Each row remembers the line it starts on, so that a
 * problem in the data can be reported as "file, line, column".
 */
public record CsvTable(String file, List<String> columns, List<Row> rows) {

    /** One record, read by column name. */
    public record Row(String file, int line, Map<String, String> values) {

        /** The field, stripped; "" when empty. */
        public String get(String column) {
            String value = values.get(column);
            if (value == null) {
                throw new IllegalArgumentException(file + ": there is no column \"" + column + "\"");
            }
            return value.strip();
        }

        String required(String column) {
            String value = get(column);
            if (value.isEmpty()) {
                throw problem(column, "is empty");
            }
            return value;
        }

        /** The field, or null when empty. */
        String optional(String column) {
            String value = get(column);
            return value.isEmpty() ? null : value;
        }

        IllegalArgumentException problem(String column, String what) {
            return new IllegalArgumentException(file + ", line " + line + ", column " + column + ": " + what);
        }
    }

    static CsvTable read(String file, Reader reader) throws IOException {
        var records = new Parser(reader).records();
        if (records.isEmpty()) {
            throw new IllegalArgumentException(file + " is empty; its first line must name the columns");
        }
        List<String> columns = records.get(0).fields().stream().map(c -> c.strip().replace("\uFEFF", "")).toList();
        var rows = new ArrayList<Row>();
        for (Parser.Record record : records.subList(1, records.size())) {
            if (record.fields().size() == 1 && record.fields().get(0).isBlank()) {
                continue;
            }
            if (record.fields().size() != columns.size()) {
                throw new IllegalArgumentException(file + ", line " + record.line() + ": " + record.fields().size()
                        + " fields where the header has " + columns.size());
            }
            var values = new LinkedHashMap<String, String>();
            for (int i = 0; i < columns.size(); i++) {
                values.put(columns.get(i), record.fields().get(i));
            }
            rows.add(new Row(file, record.line(), values));
        }
        return new CsvTable(file, columns, List.copyOf(rows));
    }

    /** The RFC 4180 state machine: one character at a time, tracking quotes and line numbers. */
    private static final class Parser {

        record Record(int line, List<String> fields) {
        }

        private final Reader in;
        private int line = 1;
        private int next = -2;

        Parser(Reader in) {
            this.in = in;
        }

        List<Record> records() throws IOException {
            var records = new ArrayList<Record>();
            while (peek() != -1) {
                records.add(record());
            }
            return records;
        }

        private Record record() throws IOException {
            int start = line;
            var fields = new ArrayList<String>();
            while (true) {
                fields.add(peek() == '"' ? quoted() : plain());
                int c = read();
                if (c == ',') {
                    continue;
                }
                if (c == '\r' && peek() == '\n') {
                    read();
                }
                return new Record(start, fields);
            }
        }

        private String plain() throws IOException {
            var field = new StringBuilder();
            while (peek() != ',' && peek() != '\n' && peek() != '\r' && peek() != -1) {
                field.append((char) read());
            }
            return field.toString();
        }

        private String quoted() throws IOException {
            int start = line;
            read();
            var field = new StringBuilder();
            while (true) {
                int c = read();
                if (c == -1) {
                    throw new IllegalArgumentException("line " + start + ": a quoted field is never closed");
                }
                if (c == '"') {
                    if (peek() != '"') {
                        return field.toString();
                    }
                    read();
                }
                field.append((char) c);
            }
        }

        private int peek() throws IOException {
            if (next == -2) {
                next = in.read();
            }
            return next;
        }

        private int read() throws IOException {
            int c = peek();
            next = -2;
            if (c == '\n') {
                line++;
            }
            return c;
        }
    }
}
