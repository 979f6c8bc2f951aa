package org.labourhub.plans.reporting;

import org.labourhub.plans.Activities.ResponsibleRef;
import org.labourhub.plans.ReportingCycle;
import org.labourhub.plans.ResponsibleNames;
import org.labourhub.plans.Texts;
import org.labourhub.plans.UpdateState;
import org.labourhub.platform.i18n.MultilingualText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

/** How complete a reporting cycle is: for every activity it asks about, the latest update's state and the reminders sent. */
@Repository
class CycleCompleteness {

    record Row(long activityId, String number, MultilingualText title, String responsible, UpdateState state,
               long reminders, OffsetDateTime lastReminder) {

        public String label(Locale locale) {
            return number == null ? title.in(locale) : number + " " + title.in(locale);
        }

        Row withResponsible(String labels) {
            return new Row(activityId, number, title, labels, state, reminders, lastReminder);
        }

        /** Still owed: nothing submitted, or returned and not yet submitted again. */
        public boolean isOwed() {
            return state == null || state == UpdateState.RETURNED;
        }
    }

    record Summary(long assigned, long submitted, long approved, long owed) {
        public int percentApproved() {
            return assigned == 0 ? 100 : (int) (100 * approved / assigned);
        }
    }

    private final JdbcClient jdbc;
    private final ResponsibleNames names;

    CycleCompleteness(JdbcClient jdbc, ResponsibleNames names) {
        this.jdbc = jdbc;
        this.names = names;
    }

    List<Row> of(long cycleId, Locale locale) {
        record Read(Row row, List<ResponsibleRef> responsible) {
        }
        List<Read> read = jdbc.sql("""
                        select a.id, a.number, a.title::text as title,
                               array(select r.organisation_id from plans.activity_responsible r where r.activity_id = a.id
                                     order by r.lead desc, r.position) as organisation_ids,
                               array(select r.network_key from plans.activity_responsible r where r.activity_id = a.id
                                     order by r.lead desc, r.position) as network_keys,
                               (select u.state from plans.progress_update u where u.cycle_id = c.cycle_id
                                  and u.activity_id = a.id order by u.submitted_at desc, u.id desc limit 1) as state,
                               (select count(*) from plans.reminder m where m.cycle_id = c.cycle_id and m.activity_id = a.id) as reminders,
                               (select max(m.sent_at) from plans.reminder m where m.cycle_id = c.cycle_id and m.activity_id = a.id) as last_reminder
                        from plans.cycle_assignment c join plans.activity a on a.id = c.activity_id
                        where c.cycle_id = :cycle order by a.position, a.id""")
                .param("cycle", cycleId).query((rs, n) -> new Read(new Row(rs.getLong("id"), rs.getString("number"),
                        Texts.text(rs, "title"), null,
                        Texts.enumOrNull(UpdateState.class, rs.getString("state")), rs.getLong("reminders"),
                        rs.getObject("last_reminder", OffsetDateTime.class)),
                        ResponsibleNames.refs(rs, "organisation_ids", "network_keys")))
                .list();
        ResponsibleNames.Known known = names.of(read.stream().flatMap(r -> r.responsible().stream()).toList());
        return read.stream().map(r -> r.row().withResponsible(known.labels(r.responsible(), locale))).toList();
    }

    static Summary summary(List<Row> rows) {
        long submitted = rows.stream().filter(r -> r.state() == UpdateState.SUBMITTED).count();
        long approved = rows.stream().filter(r -> r.state() == UpdateState.APPROVED).count();
        long owed = rows.stream().filter(Row::isOwed).count();
        return new Summary(rows.size(), submitted, approved, owed);
    }

    /** Records a reminder to every reporter who still owes an update; returns how many were recorded. */
    int remindOwed(ReportingCycle cycle, String by) {
        var owed = of(cycle.id(), Locale.ROOT).stream().filter(Row::isOwed).map(Row::activityId).toList();
        owed.forEach(activityId -> jdbc.sql("insert into plans.reminder (cycle_id, activity_id, sent_by) values (?, ?, ?)")
                .params(cycle.id(), activityId, by).update());
        return owed.size();
    }
}
