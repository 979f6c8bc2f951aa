package org.labourhub.projects.importing;

import org.labourhub.projects.Incoming;
import org.labourhub.projects.ProjectStore;

import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionStatus;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes checked records in batches inside the import's one transaction. Each batch sits behind a savepoint: should
 * the database refuse it, the batch is rolled back and its records written one by one, each behind its own
 * savepoint, so that one refused record never leaves another half written.
 */
public final class ImportBatches {

    public static final int SIZE = 500;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ImportBatches.class);

    /** A checked record waiting to be written, with where it was in the file for a message. */
    public record Pending(Incoming incoming, int line, String name) {
    }

    private final ProjectStore store;
    private final TransactionStatus transaction;
    private final ImportReport.Builder<?> report;
    private final ProjectStore.Writing writing;
    private final List<Pending> batch = new ArrayList<>(SIZE);

    /** Batches of one of several writers of the same import, sharing the words they add (see {@link ProjectStore}). */
    public ImportBatches(ProjectStore store, TransactionStatus transaction, ImportReport.Builder<?> report, ProjectStore.Writing writing) {
        this.store = store;
        this.transaction = transaction;
        this.report = report;
        this.writing = writing;
    }

    public void add(Pending pending) {
        batch.add(pending);
        if (batch.size() >= SIZE) {
            flush();
        }
    }

    public void flush() {
        if (batch.isEmpty()) {
            return;
        }
        Object savepoint = transaction.createSavepoint();
        try {
            var written = store.save(batch.stream().map(Pending::incoming).toList(), writing);
            transaction.releaseSavepoint(savepoint);
            report.imported(written);
        } catch (DataAccessException refused) {
            transaction.rollbackToSavepoint(savepoint);
            batch.forEach(this::writeAlone);
        }
        batch.clear();
    }

    private void writeAlone(Pending pending) {
        Object savepoint = transaction.createSavepoint();
        try {
            var written = store.save(List.of(pending.incoming()), writing);
            transaction.releaseSavepoint(savepoint);
            report.imported(written);
        } catch (DataAccessException refused) {
            transaction.rollbackToSavepoint(savepoint);
            LOG.error("The database refused record {} (line {}) of an import that had passed every check", pending.name(),
                    pending.line(), refused);
            report.refusedByDatabase(pending.line(), pending.name(), "");
        }
    }
}
