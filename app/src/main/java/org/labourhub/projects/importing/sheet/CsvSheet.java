package org.labourhub.projects.importing.sheet;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A CSV file (RFC 4180 quoting). The encoding is UTF-8 when every byte decodes as UTF-8, else Windows-1252 (what
 * Excel writes on Spanish, French and Portuguese Windows); the separator is the one of comma or semicolon that the
 * header line uses most. For a preview, the encoding is judged from the first megabyte only: the rows shown read
 * the same either way unless the file mixes encodings.
 */
final class CsvSheet implements Spreadsheet {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** How much of the file a preview judges its encoding from. */
    private static final long START = 1 << 20;

    private final Path file;
    private final Charset charset;
    private final char separator;

    private CsvSheet(Path file, Charset charset, char separator) {
        this.file = file;
        this.charset = charset;
        this.separator = separator;
    }

    static CsvSheet open(Path file) throws IOException {
        return open(file, Long.MAX_VALUE);
    }

    /** The file, its encoding judged from its start: for a preview, which must not read a large file whole. */
    static CsvSheet openStart(Path file) throws IOException {
        return open(file, START);
    }

    private static CsvSheet open(Path file, long judged) throws IOException {
        Charset charset = isUtf8(file, judged) ? StandardCharsets.UTF_8 : WINDOWS_1252;
        String first;
        try (var reader = reader(file, charset)) {
            first = reader.readLine();
        }
        first = first == null ? "" : first;
        long semicolons = first.chars().filter(c -> c == ';').count();
        long commas = first.chars().filter(c -> c == ',').count();
        return new CsvSheet(file, charset, semicolons > commas ? ';' : ',');
    }

    /** Whether the first {@code length} bytes decode as UTF-8 (a character cut at that length counts as valid). */
    private static boolean isUtf8(Path file, long length) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
        CharBuffer chars = CharBuffer.allocate(1 << 16);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 15];
            long left = length;
            for (int n = in.read(buffer, 0, (int) Math.min(buffer.length, left)); n > 0;
                 n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) {
                left -= n;
                bytes.put(buffer, 0, n).flip();
                if (decoder.decode(bytes, chars, false).isError()) {
                    return false;
                }
                bytes.compact();
                chars.clear();
            }
            if (left == 0) {
                return true;
            }
            bytes.flip();
            return !decoder.decode(bytes, chars, true).isError() && !decoder.flush(chars).isError();
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static BufferedReader reader(Path file, Charset charset) throws IOException {
        var reader = new BufferedReader(new java.io.InputStreamReader(Files.newInputStream(file), charset), 1 << 16);
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }

    @Override
    public List<String> header() throws IOException {
        try (var reader = reader(file, charset)) {
            List<String> header = record(reader);
            return header == null ? List.of() : header;
        }
    }

    @Override
    public void rows(Consumer<SheetRow> each) throws IOException {
        try (var reader = reader(file, charset)) {
            record(reader);
            int number = 1;
            for (List<String> cells = record(reader); cells != null; cells = record(reader)) {
                each.accept(new SheetRow(++number, cells));
            }
        }
    }

    @Override
    public SheetPreview preview(int rows) throws IOException {
        var read = new ArrayList<SheetRow>(rows);
        List<String> header;
        try (var reader = reader(file, charset)) {
            header = record(reader);
            for (int number = 2; header != null && read.size() < rows; number++) {
                List<String> cells = record(reader);
                if (cells == null) {
                    break;
                }
                read.add(new SheetRow(number, cells));
            }
        }
        return new SheetPreview(List.of(), header == null ? List.of() : header, read, description());
    }

    @Override
    public List<String> sheetNames() {
        return List.of();
    }

    @Override
    public String description() {
        return "CSV, " + (charset.equals(StandardCharsets.UTF_8) ? "UTF-8" : "Windows-1252") + ", " + separator;
    }

    /** The next record, quoted fields may hold separators, quotes ("") and line breaks; null at the end. */
    private List<String> record(Reader in) throws IOException {
        var cells = new ArrayList<String>();
        var cell = new StringBuilder();
        boolean quoted = false;
        int c = in.read();
        if (c < 0) {
            return null;
        }
        for (; c >= 0; c = in.read()) {
            if (quoted) {
                if (c == '"') {
                    in.mark(1);
                    int next = in.read();
                    if (next == '"') {
                        cell.append('"');
                    } else {
                        quoted = false;
                        if (next >= 0) {
                            in.reset();
                        }
                    }
                } else {
                    cell.append((char) c);
                }
            } else if (c == '"' && cell.isEmpty()) {
                quoted = true;
            } else if (c == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n') {
                break;
            } else if (c != '\r') {
                cell.append((char) c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
