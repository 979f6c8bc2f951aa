package org.labourhub.riskmaps.datasets.formats;

import org.labourhub.riskmaps.datasets.formats.MicrodataProblem.Kind;

import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * An SPSS system file ({@code .sav}, uncompressed or bytecode-compressed, and {@code .zsav}), either byte order.
 * SPSS's system-missing value comes out system-missing; a value the variable declares missing (discrete values or a
 * range) keeps its value and comes out declared-missing.
 */
final class SavReader implements MicrodataReader {

    private final String fileName;
    private final BinaryInput file;
    private final SavHeader header;
    private final SavDictionary dictionary;
    private final SavCases cases;
    private final ByteBuffer slots;
    private final Row row;
    private final ZsavBlocks blocks;
    private long read;

    private SavReader(Path path, BinaryInput file) throws IOException {
        this.fileName = file.fileName();
        this.file = file;
        this.header = SavHeader.read(file);
        try {
            this.dictionary = new SavDictionary(SavRecords.read(file), file.order(), fileName);
        } catch (BufferUnderflowException | IndexOutOfBoundsException | NumberFormatException damaged) {
            throw MicrodataProblem.of(Kind.DAMAGED, fileName);
        }
        this.row = new Row(dictionary.variables);
        this.slots = SavCases.slots(header.caseSize(), file.order());
        BinaryInput data = file;
        ZsavBlocks zlib = null;
        if (header.zsav()) {
            long start = file.position() + 24;
            file.skip(8);
            long trailer = file.int64();
            zlib = new ZsavBlocks(FileChannel.open(path, StandardOpenOption.READ), fileName, start, trailer);
            data = new BinaryInput(Channels.newChannel(zlib), fileName);
            data.order(file.order());
        }
        this.blocks = zlib;
        this.cases = new SavCases(data, header.compression() > 0, header.bias(), dictionary.sysmis);
    }

    static SavReader open(Path path) throws IOException {
        BinaryInput file = BinaryInput.open(path);
        try {
            return new SavReader(path, file);
        } catch (RuntimeException | IOException failed) {
            file.close();
            throw failed;
        }
    }

    @Override
    public String fileName() {
        return fileName;
    }

    @Override
    public List<Variable> variables() {
        return dictionary.variables;
    }

    @Override
    public long announcedCases() {
        return header.cases();
    }

    @Override
    public Row next() throws IOException {
        if (read == header.cases()) {
            return null;
        }
        try {
            if (!cases.read(slots)) {
                if (header.cases() >= 0) {
                    throw MicrodataProblem.of(Kind.TRUNCATED, fileName);
                }
                return null;
            }
        } catch (MicrodataProblem problem) {
            throw new MicrodataProblem(problem.kind(), fileName, read + 1, 0, null, problem.args().toArray());
        }
        row.start(++read);
        for (int column = 0; column < dictionary.variables.size(); column++) {
            fill(column, dictionary.layouts.get(column));
        }
        return row;
    }

    private void fill(int column, SavDictionary.Layout layout) {
        if (!dictionary.variables.get(column).isNumber()) {
            row.putText(column, text(layout));
            return;
        }
        double value = slots.getDouble(layout.slots()[0] * 8);
        if (value == dictionary.sysmis) {
            row.putSystemMissing(column);
        } else {
            row.putNumber(column, value);
        }
    }

    /** A string's segments joined: each holds up to 255 bytes of it; the padding spaces at the end are dropped. */
    private String text(SavDictionary.Layout layout) {
        int[] widths = layout.widths();
        if (widths.length == 1) {
            return FixedText.decodePadded(slots.array(), layout.slots()[0] * 8, widths[0], dictionary.charset);
        }
        int total = 0;
        for (int width : widths) {
            total += width;
        }
        byte[] joined = new byte[total];
        int at = 0;
        for (int s = 0; s < widths.length; s++) {
            System.arraycopy(slots.array(), layout.slots()[s] * 8, joined, at, widths[s]);
            at += widths[s];
        }
        return FixedText.decodePadded(joined, 0, total, dictionary.charset);
    }

    @Override
    public void close() throws IOException {
        file.close();
        if (blocks != null) {
            blocks.close();
        }
    }
}
