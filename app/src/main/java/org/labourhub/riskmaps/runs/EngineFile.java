package org.labourhub.riskmaps.runs;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Copies a dataset's engine file (UTF-8, comma-separated, header first) for a run with its header renamed; the rows
 * are copied as bytes, untouched.
 */
final class EngineFile {

    private EngineFile() {
    }

    static void copyRenamed(Path from, Path to, Map<String, String> renames) {
        try (FileChannel in = FileChannel.open(from, StandardOpenOption.READ);
             FileChannel out = FileChannel.open(to, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                     StandardOpenOption.WRITE)) {
            byte[] header = headerBytes(Channels.newInputStream(in));
            String line = new String(header, StandardCharsets.UTF_8);
            String ending = line.endsWith("\r\n") ? "\r\n" : line.endsWith("\n") ? "\n" : "";
            var names = new ArrayList<String>();
            for (String name : split(line.substring(0, line.length() - ending.length()))) {
                names.add(quoted(renames.getOrDefault(name, name)));
            }
            var renamed = ByteBuffer.wrap((String.join(",", names) + (ending.isEmpty() ? "\n" : ending))
                    .getBytes(StandardCharsets.UTF_8));
            while (renamed.hasRemaining()) {
                out.write(renamed);
            }
            // the rows are handed to the kernel to copy (several times faster than through a buffer for a census)
            long position = in.position();
            long size = in.size();
            while (position < size) {
                position += in.transferTo(position, size - position, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare " + to.getFileName() + " for the run", e);
        }
    }

    /** The first line's bytes with its line ending, read byte by byte so that the rest of the file is untouched. */
    private static byte[] headerBytes(InputStream in) throws IOException {
        var bytes = new java.io.ByteArrayOutputStream();
        boolean quoted = false;
        int b;
        while ((b = in.read()) >= 0) {
            bytes.write(b);
            if (b == '"') {
                quoted = !quoted;
            } else if (b == '\n' && !quoted) {
                break;
            }
        }
        return bytes.toByteArray();
    }

    /** The names of an RFC 4180 header line. */
    static List<String> split(String line) {
        var names = new ArrayList<String>();
        var current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    current.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    current.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                names.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        names.add(current.toString());
        if (!names.isEmpty() && names.get(0).startsWith("\uFEFF")) {
            names.set(0, names.get(0).substring(1));
        }
        return names;
    }

    private static String quoted(String name) {
        return name.matches("[A-Za-z0-9_.]+") ? name : '"' + name.replace("\"", "\"\"") + '"';
    }

    /** Whether a file begins with a header that names these columns (for a check before the engine starts). */
    static List<String> header(Path file) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line = reader.readLine();
            return line == null ? List.of() : split(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
