package org.labourhub.accounts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The audit trail read back: a page of entries matching a filter, newest first; a record's versions; who appears. */
@Repository
class AuditLog {

    static final int PAGE = 50;

    private static final String SELECT = """
            select id, at, actor, action, module, record_type, record_id, record_name, before::text as before,
                   after::text as after, batch_id
            from accounts.audit_event\s""";

    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One page of entries, newest first, with whether there are newer and older ones beyond it. */
    record Page(List<AuditTrail.Event> entries, boolean newer, boolean older) {
    }

    Page find(AuditFilter filter) {
        List<String> where = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        filter.conditions(where, params);
        boolean goingUp = filter.after() != null;
        if (goingUp) {
            where.add("id > ?");
            params.add(filter.after());
        } else if (filter.before() != null) {
            where.add("id < ?");
            params.add(filter.before());
        }
        params.add(PAGE + 1);
        List<AuditTrail.Event> found = new ArrayList<>(jdbc.sql(SELECT + (where.isEmpty() ? "" : "where " + String.join(" and ", where))
                        + " order by id " + (goingUp ? "asc" : "desc") + " limit ?")
                .params(params).query(AuditTrail.Event.class).list());
        boolean more = found.size() > PAGE;
        if (more) {
            found.remove(PAGE);
        }
        if (goingUp) {
            Collections.reverse(found);
        }
        boolean newer = goingUp ? more : filter.before() != null && !found.isEmpty();
        boolean older = goingUp ? !found.isEmpty() : more;
        return new Page(found, newer, older);
    }

    Optional<AuditTrail.Event> entry(long id) {
        return jdbc.sql(SELECT + "where id = ?").param(id).query(AuditTrail.Event.class).optional();
    }

    /** Every entry of one record, oldest first: its versions. */
    List<AuditTrail.Event> versions(String type, String id) {
        return jdbc.sql(SELECT + "where record_type = ? and record_id = ? and action <> 'JOB' order by id")
                .params(type, id).query(AuditTrail.Event.class).list();
    }

    /** For records given as "type|id", the latest entry of each that names the record. */
    Map<String, AuditTrail.Event> lastNamed(List<String> types, List<String> ids) {
        Map<String, AuditTrail.Event> found = new HashMap<>();
        if (!types.isEmpty()) {
            jdbc.sql("""
                            select distinct on (record_type, record_id) id, at, actor, action, module, record_type, record_id,
                                   record_name, before::text as before, after::text as after, batch_id
                            from accounts.audit_event e join unnest(?::text[], ?::text[]) k(t, i) on e.record_type = k.t and e.record_id = k.i
                            where record_name is not null
                            order by record_type, record_id, id desc""")
                    .params(types.toArray(String[]::new), ids.toArray(String[]::new))
                    .query(AuditTrail.Event.class).list()
                    .forEach(e -> found.put(e.recordType() + "|" + e.recordId(), e));
        }
        return found;
    }

    /** How many record changes each of these job entries wrote. */
    Map<Long, Long> changesOf(List<Long> jobs) {
        Map<Long, Long> counts = new HashMap<>();
        if (!jobs.isEmpty()) {
            jdbc.sql("select batch_id, count(*) from accounts.audit_event where batch_id = any(?) group by batch_id")
                    .param(jobs.toArray(Long[]::new))
                    .query((rs, n) -> counts.put(rs.getLong(1), rs.getLong(2))).list();
        }
        return counts;
    }

    /** A person who appears in the trail, with the name of their account if it still exists. */
    record Person(String username, String name) {
    }

    /** Everyone who appears in the trail (a walk over the index, one step per person, however long the trail). */
    List<Person> people() {
        return jdbc.sql("""
                with recursive walk(actor) as (
                    select min(actor) from accounts.audit_event
                    union all
                    select (select min(e.actor) from accounts.audit_event e where e.actor > walk.actor)
                    from walk where walk.actor is not null)
                select walk.actor as username, coalesce(a.display_name, walk.actor) as name
                from walk left join accounts.account a on a.username = walk.actor
                where walk.actor is not null""").query(Person.class).list();
    }

    /** The names of the accounts behind these usernames. */
    Map<String, String> names(List<String> usernames) {
        Map<String, String> names = new HashMap<>();
        if (!usernames.isEmpty()) {
            jdbc.sql("select username, display_name from accounts.account where username = any(?)")
                    .param(usernames.toArray(String[]::new))
                    .query((rs, n) -> names.put(rs.getString(1), rs.getString(2))).list();
        }
        return names;
    }
}
