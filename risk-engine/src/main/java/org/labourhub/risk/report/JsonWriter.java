package org.labourhub.risk.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/** Writes JSON values to a stream: maps, lists, strings, numbers (non-finite as null), booleans, null. */
public final class JsonWriter {

    private final Writer out;

    public JsonWriter(Writer out) {
        this.out = out;
    }

    public void value(Object value) {
        try {
            write(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(Object value) throws IOException {
        if (value == null) {
            out.write("null");
        } else if (value instanceof String s) {
            string(s);
        } else if (value instanceof Double d) {
            out.write(Double.isFinite(d) ? number(d) : "null");
        } else if (value instanceof Number || value instanceof Boolean) {
            out.write(value.toString());
        } else if (value instanceof Map<?, ?> map) {
            out.write('{');
            boolean first = true;
            for (var entry : map.entrySet()) {
                if (!first) {
                    out.write(',');
                }
                first = false;
                string(String.valueOf(entry.getKey()));
                out.write(':');
                write(entry.getValue());
            }
            out.write('}');
        } else if (value instanceof List<?> list) {
            out.write('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                write(list.get(i));
            }
            out.write(']');
        } else if (value instanceof double[] array) {
            write(java.util.Arrays.stream(array).boxed().toList());
        } else {
            throw new IllegalArgumentException("cannot write " + value.getClass() + " as JSON");
        }
    }

    private static String number(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }

    private void string(String s) throws IOException {
        out.write('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.write("\\\"");
                case '\\' -> out.write("\\\\");
                case '\n' -> out.write("\\n");
                case '\r' -> out.write("\\r");
                case '\t' -> out.write("\\t");
                default -> {
                    if (c < 0x20) {
                        out.write(String.format("\\u%04x", (int) c));
                    } else {
                        out.write(c);
                    }
                }
            }
        }
        out.write('"');
    }
}
