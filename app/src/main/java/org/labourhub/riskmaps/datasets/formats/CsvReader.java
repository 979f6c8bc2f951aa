package org.labourhub.riskmaps.datasets.formats;

import org.labourhub.riskmaps.datasets.formats.MicrodataProblem.Kind;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A delimited text file: UTF-8 or Windows-1252 (found, or chosen), separated by commas, semicolons, tabs or pipes
 * (the one the header line uses most, or chosen), with a header line of names. Bytes that are not text in the
 * encoding are a problem at their line, never replaced silently.
 */
final class CsvReader implements MicrodataReader {

    private static final String SEPARATORS = ",;\t|";

    private final String fileName;
    private final Reader text;
    private final CsvParser parser;
    private final TextColumns columns;
    private final Row row;
    private final TextEncoding encoding;
    private long read;

    private CsvReader(String fileName, TextEncoding encoding, Reader text, char separator, ReadOptions options)
            throws IOException {
        this.fileName = fileName;
        this.encoding = encoding;
        this.text = text;
        this.parser = new CsvParser(text, separator, fileName);
        this.columns = TextColumns.of(fileName, decoded(), options.numberColumns(), separator != ',');
        this.row = new Row(columns.variables());
    }

    static CsvReader open(Path file, ReadOptions options) throws IOException {
        String fileName = file.getFileName().toString();
        TextEncoding encoding = TextEncoding.of(file, options.encoding());
        char separator = options.separator() != null ? options.separator() : separatorOf(file, encoding, fileName);
        InputStream bytes = Files.newInputStream(file);
        bytes.skipNBytes(encoding.bom());
        Reader text = new StrictTextReader(bytes, encoding.charset());
        try {
            return new CsvReader(fileName, encoding, text, separator, options);
        } catch (RuntimeException | IOException failed) {
            text.close();
            throw failed;
        }
    }

    /** The separator the first line uses most outside quotes; a comma when it has none. */
    private static char separatorOf(Path file, TextEncoding encoding, String fileName) throws IOException {
        String first;
        try (var lines = new BufferedReader(new StrictTextReader(Files.newInputStream(file), encoding.charset()))) {
            first = lines.readLine();
        } catch (CharacterCodingException undecodable) {
            throw new MicrodataProblem(Kind.UNDECODABLE, fileName, 1, 0, null, encoding.charset().displayName());
        }
        int[] counts = new int[SEPARATORS.length()];
        boolean quoted = false;
        for (char c : (first == null ? "" : first).toCharArray()) {
            quoted ^= c == '"';
            int which = SEPARATORS.indexOf(c);
            if (!quoted && which >= 0) {
                counts[which]++;
            }
        }
        int best = 0;
        for (int i = 1; i < counts.length; i++) {
            best = counts[i] > counts[best] ? i : best;
        }
        return SEPARATORS.charAt(best);
    }

    private List<String> decoded() throws IOException {
        try {
            return parser.next();
        } catch (CharacterCodingException undecodable) {
            throw new MicrodataProblem(Kind.UNDECODABLE, fileName, parser.line(), 0, null,
                    encoding.charset().displayName());
        }
    }

    @Override
    public String fileName() {
        return fileName;
    }

    @Override
    public List<Variable> variables() {
        return columns.variables();
    }

    @Override
    public Row next() throws IOException {
        List<String> cells = decoded();
        if (cells == null) {
            return null;
        }
        if (cells.size() != columns.variables().size()) {
            throw new MicrodataProblem(Kind.FIELD_COUNT, fileName, parser.recordLine(), 0, null,
                    cells.size(), columns.variables().size());
        }
        row.start(++read);
        columns.fill(row, cells, parser.recordLine());
        return row;
    }

    @Override
    public void close() throws IOException {
        text.close();
    }
}
