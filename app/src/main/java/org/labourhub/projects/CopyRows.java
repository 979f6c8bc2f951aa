package org.labourhub.projects;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.util.Arrays;

/**
 * Rows for one table, sent with {@code COPY … FROM STDIN} in PostgreSQL's text format: much cheaper for the server
 * than INSERTs of the same rows. Columns are separated by tabs and rows by newlines, a null is {@code \N}, and a
 * backslash, tab, newline or carriage return inside a value is escaped with a backslash; everything else, quotes
 * and non-ASCII text included, goes as it is (UTF-8). Rows are encoded into one byte buffer as they are added (an
 * import's writers send ~150 MB of rows; a text built first and then encoded would be copied three times).
 */
final class CopyRows {

    private final String target;
    private final int columns;
    private byte[] bytes = new byte[1 << 16];
    private int length;
    private int rows;

    /** Rows for {@code table} with these columns, e.g. {@code new CopyRows("projects.theme", "project_id", "theme")}. */
    CopyRows(String table, String... columns) {
        this.target = table + " (" + String.join(", ", columns) + ")";
        this.columns = columns.length;
    }

    /** Adds a row: strings, numbers, dates, booleans and enums (by name), one per column, in order. */
    CopyRows add(Object... values) {
        if (values.length != columns) {
            throw new IllegalArgumentException("A row of " + target + " has " + columns + " values, not " + values.length);
        }
        for (int c = 0; c < values.length; c++) {
            if (c > 0) {
                put('\t');
            }
            append(values[c]);
        }
        put('\n');
        rows++;
        return this;
    }

    /** Writes the rows to the table on the caller's transaction and forgets them; returns how many were written. */
    long copy(JdbcTemplate jdbc) {
        if (rows == 0) {
            return 0;
        }
        byte[] data = bytes;
        int size = length;
        length = 0;
        rows = 0;
        return jdbc.execute((ConnectionCallback<Long>) connection -> {
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + target + " from stdin");
            try {
                copy.writeToCopy(data, 0, size);
                return copy.endCopy();
            } finally {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            }
        });
    }

    private void append(Object value) {
        if (value == null) {
            put('\\');
            put('N');
        } else if (value instanceof Long n) {
            ascii(Long.toString(n));
        } else if (value instanceof BigDecimal d) {
            ascii(d.toPlainString());
        } else if (value instanceof Enum<?> e) {
            escaped(e.name());
        } else if (value instanceof Boolean b) {
            put(b ? 't' : 'f');
        } else {
            escaped(value.toString()); // text, numbers, LocalDate (ISO)
        }
    }

    private void ascii(String s) {
        ensure(s.length());
        for (int i = 0; i < s.length(); i++) {
            bytes[length++] = (byte) s.charAt(i);
        }
    }

    /** The text in UTF-8, with backslash, tab, newline and carriage return escaped. */
    private void escaped(String s) {
        ensure(s.length() * 3); // no char takes more than three bytes (a surrogate pair takes four for two chars)
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch < 0x80) {
                switch (ch) {
                    case '\\' -> escape('\\');
                    case '\t' -> escape('t');
                    case '\n' -> escape('n');
                    case '\r' -> escape('r');
                    default -> bytes[length++] = (byte) ch;
                }
            } else if (ch < 0x800) {
                bytes[length++] = (byte) (0xC0 | ch >> 6);
                bytes[length++] = (byte) (0x80 | ch & 0x3F);
            } else if (Character.isHighSurrogate(ch) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(ch, s.charAt(++i));
                bytes[length++] = (byte) (0xF0 | cp >> 18);
                bytes[length++] = (byte) (0x80 | cp >> 12 & 0x3F);
                bytes[length++] = (byte) (0x80 | cp >> 6 & 0x3F);
                bytes[length++] = (byte) (0x80 | cp & 0x3F);
            } else if (Character.isSurrogate(ch)) {
                bytes[length++] = '?'; // a lone surrogate is not text; String.getBytes writes '?' too
            } else {
                bytes[length++] = (byte) (0xE0 | ch >> 12);
                bytes[length++] = (byte) (0x80 | ch >> 6 & 0x3F);
                bytes[length++] = (byte) (0x80 | ch & 0x3F);
            }
        }
    }

    private void escape(char ch) { // within the room escaped() made
        bytes[length++] = '\\';
        bytes[length++] = (byte) ch;
    }

    private void put(char ch) {
        ensure(1);
        bytes[length++] = (byte) ch;
    }

    private void ensure(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }
}
