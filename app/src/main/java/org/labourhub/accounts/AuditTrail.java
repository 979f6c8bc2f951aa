package org.labourhub.accounts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Records every write: who, when, which record, and the record before and after (as JSON). Callers record in the
 * same transaction as the write, so a change and its trace stand or fall together.
 */
@Component
public class AuditTrail {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String SELECT = """
            select id, at, actor, action, record_type, record_id, before::text as before, after::text as after
            from accounts.audit_event\s""";

    private final JdbcClient jdbc;

    AuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public enum Action { CREATE, UPDATE, DELETE }

    /** One recorded write. */
    public record Event(long id, OffsetDateTime at, String actor, Action action, String recordType, String recordId,
                        String before, String after) {
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
        jdbc.sql("""
                        insert into accounts.audit_event (actor, action, record_type, record_id, before, after)
                        values (?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb))""")
                .params(Actor.current().username(), action.name(), recordType, String.valueOf(id), json(before), json(after))
                .update();
    }

    /** The trail of one record, newest first. */
    public List<Event> of(String recordType, Object id) {
        return jdbc.sql(SELECT + "where record_type = ? and record_id = ? order by id desc")
                .params(recordType, String.valueOf(id)).query(Event.class).list();
    }

    List<Event> latest(int limit) {
        return jdbc.sql(SELECT + "order by id desc limit ?").param(limit).query(Event.class).list();
    }

    private static String json(Object value) {
        return value == null ? null : JSON.writeValueAsString(value);
    }
}
