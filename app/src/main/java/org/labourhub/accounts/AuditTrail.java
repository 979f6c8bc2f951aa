package org.labourhub.accounts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Records every write: who, when, which record, and the record before and after (as JSON). Callers record in the
 * same transaction as the write, so a change and its trace stand or fall together. A background job that writes
 * many records (an import) opens an entry of its own with {@link #job} and records its changes through it, in
 * batches, each change linked to the job's entry.
 */
@Component
public class AuditTrail {

    private static final String SELECT = """
            select id, at, actor, action, module, record_type, record_id, record_name, before::text as before,
                   after::text as after, batch_id
            from accounts.audit_event\s""";

    private final JdbcClient jdbc;
    private final AuditedKinds kinds;
    private final TransactionTemplate separately;

    AuditTrail(JdbcClient jdbc, AuditedKinds kinds, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.kinds = kinds;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** What happened to a record; JOB is a background job's own entry, to which the changes it wrote are linked. */
    public enum Action { CREATE, UPDATE, DELETE, JOB }

    /** One recorded write. */
    public record Event(long id, OffsetDateTime at, String actor, Action action, String module, String recordType,
                        String recordId, String recordName, String before, String after, Long batchId) {
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void created(String recordType, Object id, Object after) {
        record(Action.CREATE, recordType, id, null, after);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void updated(String recordType, Object id, Object before, Object after) {
        record(Action.UPDATE, recordType, id, before, after);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void deleted(String recordType, Object id, Object before) {
        record(Action.DELETE, recordType, id, before, null);
    }

    private void record(Action action, String recordType, Object id, Object before, Object after) {
        var rows = new AuditRows();
        rows.add(action, kinds.module(recordType), recordType, id, before, after);
        rows.insert(jdbc, Actor.current().username(), null);
    }

    /**
     * Opens, in a transaction of its own, the entry of a background job run on behalf of {@code actor}: the job's kind
     * (a record type such as "projects.iati-import"), its id, and what it works on (the file the user chose). A job
     * run again after a restart keeps the entry it opened the first time. A job run outside the job queue (no id)
     * is known by its entry ("entry-<id>").
     */
    public AuditJob job(String type, Object id, String actor, String name) {
        String module = kinds.module(type);
        long entry = separately.execute(status -> (id == null ? java.util.Optional.<Long>empty() : jdbc.sql("""
                        select id from accounts.audit_event
                        where action = 'JOB' and record_type = ? and record_id = ? order by id limit 1""")
                .params(type, String.valueOf(id)).query(Long.class).optional())
                .orElseGet(() -> {
                    long added = jdbc.sql("""
                                    insert into accounts.audit_event (actor, action, module, record_type, record_id, record_name)
                                    values (?, 'JOB', ?, ?, ?, ?) returning id""")
                            .params(actor, module, type, id == null ? "" : String.valueOf(id), name).query(Long.class).single();
                    if (id == null) {
                        jdbc.sql("update accounts.audit_event set record_id = 'entry-' || id where id = ?").param(added).update();
                    }
                    return added;
                }));
        return new AuditJob(entry, actor, kinds, this);
    }

    /** The entry a background job opened in the trail, if it opened one: the address of its changes is {@code /audit?batch=<entry>}. */
    public java.util.Optional<Long> jobEntry(String type, Object id) {
        return jdbc.sql("select id from accounts.audit_event where action = 'JOB' and record_type = ? and record_id = ? order by id limit 1")
                .params(type, String.valueOf(id)).query(Long.class).optional();
    }

    /** Records what the job did (its counts) on its entry, in a transaction of its own. */
    void finish(long entry, Object outcome) {
        separately.executeWithoutResult(status -> jdbc.sql("update accounts.audit_event set after = cast(? as json) where id = ?")
                .params(AuditRows.json(outcome), entry).update());
    }

    /** Inserts a job's changes on the caller's transaction. */
    void insert(AuditRows rows, String actor, long entry) {
        rows.insert(jdbc, actor, entry);
    }

    /** The trail of one record, newest first. */
    public List<Event> of(String recordType, Object id) {
        return jdbc.sql(SELECT + "where record_type = ? and record_id = ? order by id desc")
                .params(recordType, String.valueOf(id)).query(Event.class).list();
    }
}
