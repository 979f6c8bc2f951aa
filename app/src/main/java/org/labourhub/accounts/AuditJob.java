package org.labourhub.accounts;

import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The audit entry of one background job (an import), opened with {@link AuditTrail#job}. Each of the job's writers
 * gathers the record changes it makes in {@link Changes} and writes them on its own transaction, in one statement
 * per batch, linked to this entry; once done, the job records its counts with {@link #finish}.
 */
public final class AuditJob {

    private final long id;
    private final String actor;
    private final AuditedKinds kinds;
    private final AuditTrail trail;

    AuditJob(long id, String actor, AuditedKinds kinds, AuditTrail trail) {
        this.id = id;
        this.actor = actor;
        this.kinds = kinds;
        this.trail = trail;
    }

    /** The job's entry in the trail. */
    public long id() {
        return id;
    }

    /** A buffer of changes for one writer; not shared between threads. */
    public Changes changes() {
        return new Changes();
    }

    /** Records the job's outcome (counts of records read, created, updated, unchanged and refused) on its entry. */
    public void finish(Object outcome) {
        trail.finish(id, outcome);
    }

    /** The record changes one writer of the job made, written together. */
    public final class Changes {

        private final AuditRows rows = new AuditRows();

        public void created(String type, Object recordId, Object after) {
            rows.add(AuditTrail.Action.CREATE, kinds.module(type), type, recordId, null, after);
        }

        public void updated(String type, Object recordId, Object before, Object after) {
            rows.add(AuditTrail.Action.UPDATE, kinds.module(type), type, recordId, before, after);
        }

        public void deleted(String type, Object recordId, Object before) {
            rows.add(AuditTrail.Action.DELETE, kinds.module(type), type, recordId, before, null);
        }

        public int size() {
            return rows.size();
        }

        /** Writes the changes gathered so far on the caller's transaction, so that they stand or fall with the records. */
        public void write() {
            if (!TransactionSynchronizationManager.isActualTransactionActive()) {
                throw new IllegalStateException("A job's changes are written on the transaction that writes the records");
            }
            trail.insert(rows, actor, id);
        }
    }
}
