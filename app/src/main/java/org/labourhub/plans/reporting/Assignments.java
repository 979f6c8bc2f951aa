package org.labourhub.plans.reporting;

import org.labourhub.accounts.Actor;
import org.labourhub.plans.ActivityStatus;
import org.labourhub.plans.Reporters;
import org.labourhub.plans.Texts;
import org.labourhub.plans.UpdateState;
import org.labourhub.platform.i18n.MultilingualText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

/** A reporter's activities across all plans, with the open cycle asking about each and any reminder received. */
@Repository
class Assignments {

    record Row(long planId, MultilingualText planName, long activityId, String number, MultilingualText title,
               ActivityStatus status, Long cycleId, LocalDate asOf, LocalDate due, UpdateState state,
               OffsetDateTime remindedAt) {

        public String label(Locale locale) {
            return number == null ? title.in(locale) : number + " " + title.in(locale);
        }

        public boolean isOwed() {
            return cycleId != null && (state == null || state == UpdateState.RETURNED);
        }

        public boolean isOverdue() {
            return isOwed() && LocalDate.now().isAfter(due);
        }
    }

    private final JdbcClient jdbc;
    private final Reporters reporters;

    Assignments(JdbcClient jdbc, Reporters reporters) {
        this.jdbc = jdbc;
        this.reporters = reporters;
    }

    List<Row> of(Actor actor) {
        return jdbc.sql("""
                        select p.id as plan_id, p.name::text as plan_name, a.id, a.number, a.title::text as title, a.status,
                               c.id as cycle_id, c.as_of, c.due,
                               (select u.state from plans.progress_update u where u.cycle_id = c.id and u.activity_id = a.id
                                 order by u.submitted_at desc, u.id desc limit 1) as state,
                               (select max(m.sent_at) from plans.reminder m where m.cycle_id = c.id and m.activity_id = a.id) as reminded_at
                        from plans.activity a
                        join plans.plan p on p.id = a.plan_id
                        left join plans.cycle_assignment ca on ca.activity_id = a.id
                             and ca.cycle_id in (select id from plans.reporting_cycle where state = 'OPEN')
                        left join plans.reporting_cycle c on c.id = ca.cycle_id
                        """ + " where " + Reporters.REPORTS_ON + """
                        order by c.due nulls last, p.id, a.position""")
                .params(reporters.parameters(actor))
                .query((rs, n) -> new Row(rs.getLong("plan_id"), Texts.text(rs, "plan_name"), rs.getLong("id"),
                        rs.getString("number"), Texts.text(rs, "title"),
                        Texts.enumOrNull(ActivityStatus.class, rs.getString("status")),
                        rs.getObject("cycle_id", Long.class), Texts.date(rs, "as_of"), Texts.date(rs, "due"),
                        Texts.enumOrNull(UpdateState.class, rs.getString("state")),
                        rs.getObject("reminded_at", OffsetDateTime.class)))
                .list();
    }
}
