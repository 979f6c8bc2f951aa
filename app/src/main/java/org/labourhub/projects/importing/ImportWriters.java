package org.labourhub.projects.importing;

import org.labourhub.projects.ProjectStore;
import org.labourhub.projects.SearchWords;

import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * The writing side of an import, on two connections so that the database works on both cores: each writer is a
 * thread with a transaction of its own, open for the whole file, fed batches by the reading side. A record goes to
 * the writer chosen by its source key (an IATI activity's identifier), so the same project always goes to the same
 * writer and the two never wait on each other's rows or unique keys; they share the words they have seen, so that
 * they never both add the same word to the vocabulary (see {@link SearchWords}); nothing else is written by both
 * (exchange rates and the directory's organisations are only read). Both commit once both have written everything; a file found malformed or
 * refused, or a writer that fails, rolls both back, so such a file still changes nothing.
 *
 * <p>A crash between the two commits leaves the first writer's projects committed and the second's not: a consistent
 * state (each project whole, with its parts and provenance). The job, still marked running, is re-queued by the job
 * runner's restart recovery and imports the same file again (the file is discarded only once the import is done);
 * re-importing updates the projects already there and adds the others, never duplicating. Should the second commit
 * fail instead, the job fails and the same holds for importing the file again.
 */
public final class ImportWriters implements AutoCloseable {

    static final int COUNT = 2;

    private final Writer[] writers = new Writer[COUNT];
    private final CompletableFuture<Boolean> verdict = new CompletableFuture<>();

    public ImportWriters(ProjectStore store, TransactionTemplate transaction, ImportReport.Builder<?> report, ProjectStore.Writing writing) {
        for (int i = 0; i < COUNT; i++) {
            writers[i] = new Writer(store, transaction, report, writing, "import-writer-" + i);
        }
    }

    public void add(ImportBatches.Pending pending) {
        writers[Math.floorMod(pending.incoming().provenance().sourceKey().hashCode(), COUNT)].add(pending);
    }

    /** Writes what is left and, once both writers have written everything, commits both. */
    public void commit() {
        for (Writer writer : writers) {
            writer.end();
        }
        for (Writer writer : writers) {
            writer.await(writer.written);
        }
        verdict.complete(true);
        for (Writer writer : writers) {
            writer.await(writer.done);
        }
    }

    /** Rolls both writers back, as soon as each has finished the batch at hand: the file changes nothing. */
    public void rollback() {
        verdict.complete(false);
        for (Writer writer : writers) {
            writer.queue.offer(Writer.END); // wakes a writer waiting for a batch; a busy one sees the verdict after its batch
        }
        for (Writer writer : writers) {
            writer.done.exceptionally(failure -> null).join(); // rolled back either way
        }
    }

    /** Rolls back unless committed (the reading failed otherwise) and waits for the writers to stop. */
    @Override
    public void close() {
        verdict.complete(false);
        for (Writer writer : writers) {
            writer.stop();
        }
    }

    /** One writer: its thread, its transaction, the batches handed to it and how it ended. */
    private final class Writer {

        private static final List<ImportBatches.Pending> END = List.of();

        private final BlockingQueue<List<ImportBatches.Pending>> queue = new ArrayBlockingQueue<>(2);
        private final CompletableFuture<Void> written = new CompletableFuture<>();
        private final CompletableFuture<Void> done = new CompletableFuture<>();
        private final Thread thread;
        private List<ImportBatches.Pending> next = new ArrayList<>(ImportBatches.SIZE);
        private boolean ended;

        Writer(ProjectStore store, TransactionTemplate transaction, ImportReport.Builder<?> report, ProjectStore.Writing writing, String name) {
            thread = new Thread(() -> write(store, transaction, report, writing), name);
            thread.setDaemon(true);
            thread.start();
        }

        private void write(ProjectStore store, TransactionTemplate transaction, ImportReport.Builder<?> report, ProjectStore.Writing writing) {
            try {
                transaction.executeWithoutResult(status -> {
                    var batches = new ImportBatches(store, status, report, writing);
                    for (var batch = take(); batch != END && !verdict.isDone(); batch = take()) {
                        batch.forEach(batches::add);
                    }
                    if (!verdict.isDone()) {
                        batches.flush();
                    }
                    written.complete(null);
                    if (!verdict.join()) {
                        status.setRollbackOnly();
                    }
                });
                done.complete(null);
            } catch (Throwable failure) {
                written.completeExceptionally(failure);
                done.completeExceptionally(failure);
            }
        }

        private List<ImportBatches.Pending> take() {
            try {
                return queue.take();
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("The import was stopped", stopped);
            }
        }

        public void add(ImportBatches.Pending pending) {
            next.add(pending);
            if (next.size() >= ImportBatches.SIZE) {
                hand(next);
                next = new ArrayList<>(ImportBatches.SIZE);
            }
        }

        void end() {
            if (!ended) {
                ended = true;
                hand(next);
                hand(END);
            }
        }

        /** Hands a batch over, waiting while the writer is two batches behind; fails if the writer failed. */
        private void hand(List<ImportBatches.Pending> batch) {
            try {
                while (!queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
                    if (done.isDone()) {
                        await(done);
                        throw new IllegalStateException("An import writer stopped before the end of the file");
                    }
                }
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("The import was stopped", stopped);
            }
        }

        /** Waits for a step of the writer; its failure, if it failed, is thrown here. */
        void await(CompletableFuture<Void> step) {
            try {
                step.get();
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("The import was stopped", stopped);
            } catch (ExecutionException failed) {
                if (failed.getCause() instanceof RuntimeException e) {
                    throw e;
                }
                throw new IllegalStateException(failed.getCause());
            }
        }

        void stop() {
            if (!done.isDone()) {
                thread.interrupt();
            }
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
