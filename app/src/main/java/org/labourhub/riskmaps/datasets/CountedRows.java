package org.labourhub.riskmaps.datasets;

import org.labourhub.riskmaps.datasets.formats.MicrodataReader;
import org.labourhub.riskmaps.datasets.formats.Row;
import org.labourhub.riskmaps.datasets.formats.Variable;

import java.io.IOException;
import java.util.List;
import java.util.function.LongConsumer;

/** A reader that tells how many rows have gone through it, every few thousand rows, for a job's progress bar. */
final class CountedRows implements MicrodataReader {

    private static final int EVERY = 4096;

    private final MicrodataReader reader;
    private final LongConsumer progress;
    private long rows;

    CountedRows(MicrodataReader reader, LongConsumer progress) {
        this.reader = reader;
        this.progress = progress;
    }

    long rows() {
        return rows;
    }

    @Override
    public String fileName() {
        return reader.fileName();
    }

    @Override
    public List<Variable> variables() {
        return reader.variables();
    }

    @Override
    public Row next() throws IOException {
        Row row = reader.next();
        if (row != null && ++rows % EVERY == 0) {
            progress.accept(rows);
        }
        return row;
    }

    @Override
    public long announcedCases() {
        return reader.announcedCases();
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
