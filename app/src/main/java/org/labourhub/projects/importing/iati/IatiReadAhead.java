package org.labourhub.projects.importing.iati;

import org.labourhub.projects.ImportProblem;

import javax.xml.stream.XMLStreamException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.LongSupplier;

/**
 * Reads and checks activities on a thread of its own, up to {@code capacity} activities ahead of the caller, so that
 * reading the file overlaps with writing what was read. The caller gets what {@link IatiActivityReader} would give:
 * the same activities in the same order, then the end of the file or the same failure ({@link RefusedFile},
 * {@link XMLStreamException}) at the same point.
 */
public final class IatiReadAhead implements AutoCloseable {

    /** An activity with how far the file had been read when it was; or the end, or a failure, of the reading. */
    private record Item(IatiActivity activity, long position, Throwable failure) {
        static final Item END = new Item(null, 0, null);
    }

    private final BlockingQueue<Item> queue;
    private final Thread reading;
    private volatile boolean closed;
    private volatile List<ImportProblem> fileProblems = List.of();
    private boolean ended;
    private long position;

    /** Starts reading {@code in}; {@code position} tells how many bytes of the file the parser has taken so far. */
    public IatiReadAhead(InputStream in, LongSupplier position, int capacity) {
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.reading = new Thread(() -> read(in, position), "iati-read-ahead");
        reading.setDaemon(true);
        reading.start();
    }

    private void read(InputStream in, LongSupplier position) {
        try (var reader = new IatiActivityReader(in)) {
            for (var next = reader.next(); next.isPresent() && !closed; next = reader.next()) {
                queue.put(new Item(next.get(), position.getAsLong(), null));
            }
            fileProblems = reader.fileProblems();
            queue.put(Item.END);
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        } catch (Throwable failure) {
            try {
                queue.put(new Item(null, 0, failure));
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The next activity; empty at the end of the file. */
    public Optional<IatiActivity> next() throws XMLStreamException {
        if (ended) {
            return Optional.empty();
        }
        Item item;
        try {
            item = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the next activity", e);
        }
        if (item.failure() != null) {
            ended = true;
            rethrow(item.failure());
        }
        if (item == Item.END) {
            ended = true;
            return Optional.empty();
        }
        position = item.position();
        return Optional.of(item.activity());
    }

    /** The problems of the file itself (see {@link IatiActivityReader#fileProblems()}), once the end is reached. */
    public List<ImportProblem> fileProblems() {
        return fileProblems;
    }

    /** How many bytes of the file had been read when the last activity returned by {@link #next()} was. */
    public long position() {
        return position;
    }

    /** Throws the reader's failure as the reader itself would have thrown it. */
    private static void rethrow(Throwable failure) throws XMLStreamException {
        if (failure instanceof XMLStreamException malformed) {
            throw malformed;
        }
        if (failure instanceof RuntimeException e) {
            throw e; // RefusedFile, or a mistake of the reader
        }
        if (failure instanceof Error e) {
            throw e;
        }
        throw new IllegalStateException(failure);
    }

    /** Stops the reading (when the caller gives up early) and waits until the thread no longer uses the stream. */
    @Override
    public void close() {
        closed = true;
        reading.interrupt();
        queue.clear();
        try {
            reading.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
