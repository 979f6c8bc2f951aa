package org.labourhub.risk.csv;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.labourhub.risk.parallel.OrderedParallel;

/**
 * A microdata file with a header row, read in blocks of whole lines. Blocks are parsed in parallel and their
 * results handed back in file order, so totals add up in the same order on every run and on any machine.
 */
public final class CsvFile {

    static final int DEFAULT_BLOCK_BYTES = 16 << 20;

    private final Path path;
    private final CsvFormat format;
    private final List<String> header;
    private final long dataStart;
    private final long size;
    private final int blockBytes;

    public CsvFile(Path path) {
        this(path, DEFAULT_BLOCK_BYTES);
    }

    CsvFile(Path path, int blockBytes) {
        this.path = path;
        this.format = CsvFormat.detect(path);
        this.blockBytes = blockBytes;
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            this.size = channel.size();
            byte[] head = read(channel, 0, (int) Math.min(size, 1 << 20));
            var line = new CsvLine(head, format.bomLength(), head.length, format);
            if (!line.next()) {
                throw InputError.at(path, 1, null, "the file has no header row. The first line must name the columns.");
            }
            this.header = headerNames(line);
            this.dataStart = nextLineStart(head, line);
        } catch (IOException e) {
            throw InputError.inFile(path, "cannot be read (" + e.getMessage() + ").");
        }
    }

    private List<String> headerNames(CsvLine line) {
        var names = new ArrayList<String>();
        for (int f = 0; f < line.fieldCount(); f++) {
            names.add(line.text(f, format.charset()).trim());
        }
        return List.copyOf(names);
    }

    private long nextLineStart(byte[] head, CsvLine line) {
        int i = line.lineStart();
        while (i < head.length && head[i] != '\n') {
            i++;
        }
        if (i == head.length && head.length == (1 << 20)) {
            throw InputError.at(path, 1, null, "the header row is longer than a megabyte. Is this a CSV file?");
        }
        return i + 1L;
    }

    public Path path() {
        return path;
    }

    public CsvFormat format() {
        return format;
    }

    public List<String> header() {
        return header;
    }

    public long sizeInBytes() {
        return size;
    }

    /** The position of a named column, or an error naming the file and the missing column. */
    public int column(String name, String role) {
        int index = indexOf(name);
        if (index < 0) {
            throw InputError.at(path, 1, name, "the " + role + " column '" + name + "' is missing from the header. "
                    + "Columns found: " + String.join(", ", header) + ". Rename the column or set it in the configuration.");
        }
        return index;
    }

    public int indexOf(String name) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    /** Parses every block with {@code parser} on {@code threads} threads and merges results in file order. */
    public <R> void forEachBlock(int threads, BlockParser<R> parser, Consumer<R> merge) {
        List<long[]> blocks = blocks();
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            new OrderedParallel<R>(threads).run(blocks.size(), index -> parseBlock(channel, blocks.get(index), parser),
                    merge);
        } catch (IOException e) {
            throw InputError.inFile(path, "cannot be read (" + e.getMessage() + ").");
        }
    }

    private <R> R parseBlock(FileChannel channel, long[] block, BlockParser<R> parser) {
        try {
            byte[] bytes = read(channel, block[0], (int) (block[1] - block[0]));
            try {
                return parser.parse(new CsvLine(bytes, 0, bytes.length, format), block[0]);
            } catch (RowProblem problem) {
                throw InputError.at(path, lineNumberAt(channel, block[0] + problem.offsetInBlock()),
                        problem.column(), problem.getMessage());
            }
        } catch (IOException e) {
            throw InputError.inFile(path, "cannot be read (" + e.getMessage() + ").");
        }
    }

    private List<long[]> blocks() {
        var blocks = new ArrayList<long[]>();
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            long start = dataStart;
            byte[] probe = new byte[1 << 16];
            while (start < size) {
                long end = Math.min(size, start + blockBytes);
                while (end < size) {
                    int n = channel.read(ByteBuffer.wrap(probe), end);
                    int newline = indexOfNewline(probe, Math.max(n, 0));
                    if (newline >= 0) {
                        end += newline + 1;
                        break;
                    }
                    end += Math.max(n, 1);
                }
                blocks.add(new long[] {start, Math.min(end, size)});
                start = end;
            }
        } catch (IOException e) {
            throw InputError.inFile(path, "cannot be read (" + e.getMessage() + ").");
        }
        return blocks;
    }

    private static int indexOfNewline(byte[] bytes, int length) {
        for (int i = 0; i < length; i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** The line number (1 = header) of the line starting at byte {@code offset}, counted from the file's start. */
    public long lineAt(long offset) {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            return lineNumberAt(channel, offset);
        } catch (IOException e) {
            throw InputError.inFile(path, "cannot be read (" + e.getMessage() + ").");
        }
    }

    private long lineNumberAt(FileChannel channel, long offset) throws IOException {
        long line = 1;
        byte[] buffer = new byte[1 << 20];
        for (long at = 0; at < offset; ) {
            int n = channel.read(ByteBuffer.wrap(buffer, 0, (int) Math.min(buffer.length, offset - at)), at);
            for (int i = 0; i < n; i++) {
                if (buffer[i] == '\n') {
                    line++;
                }
            }
            at += n;
        }
        return line;
    }

    private static byte[] read(FileChannel channel, long position, int length) throws IOException {
        byte[] bytes = new byte[length];
        ByteBuffer target = ByteBuffer.wrap(bytes);
        while (target.hasRemaining()) {
            if (channel.read(target, position + target.position()) < 0) {
                break;
            }
        }
        return bytes;
    }

    /** Reads one block of lines; {@code blockOffset} is the block's first byte in the file. */
    @FunctionalInterface
    public interface BlockParser<R> {
        R parse(CsvLine lines, long blockOffset);
    }

    /** Thrown by a block parser about the current line; the file turns it into an {@link InputError}. */
    public static final class RowProblem extends RuntimeException {
        private final int offsetInBlock;
        private final String column;

        public RowProblem(CsvLine line, String column, String problem) {
            super(problem, null, false, false);
            this.offsetInBlock = line.lineStart();
            this.column = column;
        }

        int offsetInBlock() {
            return offsetInBlock;
        }

        String column() {
            return column;
        }
    }

    /** "3", "3.5" or "abc" as a person would quote the value. */
    public static String quoted(String value) {
        return value.isEmpty() ? "an empty value" : "'" + value + "'";
    }

}
