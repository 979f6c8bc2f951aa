package org.labourhub.plans;

import org.labourhub.platform.web.ConcurrentEdit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Reporting cycles and the activities each one must hear about. */
@Repository
public class ReportingCycles {

    private static final String SELECT = "select id, plan_id, as_of, due, state, opened_by, version from plans.reporting_cycle ";

    private final JdbcClient jdbc;

    ReportingCycles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ReportingCycle> byId(long id) {
        return jdbc.sql(SELECT + "where id = ?").param(id).query(ReportingCycles::cycle).optional();
    }

    public List<ReportingCycle> ofPlan(long planId) {
        return jdbc.sql(SELECT + "where plan_id = ? order by as_of desc, id desc").param(planId)
                .query(ReportingCycles::cycle).list();
    }

    /** The open cycles in which this activity must be reported on. */
    List<ReportingCycle> openFor(long activityId) {
        return jdbc.sql(SELECT + """
                        where state = 'OPEN' and id in (select cycle_id from plans.cycle_assignment where activity_id = ?)
                        order by due""")
                .param(activityId).query(ReportingCycles::cycle).list();
    }

    boolean assigns(long cycleId, long activityId) {
        return jdbc.sql("select count(*) > 0 from plans.cycle_assignment where cycle_id = ? and activity_id = ?")
                .params(cycleId, activityId).query(Boolean.class).single();
    }

    public long open(ReportingCycle cycle, Collection<Long> activityIds) {
        long id = jdbc.sql("""
                        insert into plans.reporting_cycle (plan_id, as_of, due, state, opened_by)
                        values (?, ?, ?, 'OPEN', ?) returning id""")
                .params(cycle.planId(), cycle.asOf(), cycle.due(), cycle.openedBy()).query(Long.class).single();
        jdbc.sql("""
                        insert into plans.cycle_assignment (cycle_id, activity_id)
                        select ?, a.id from plans.activity a where a.plan_id = ? and a.id = any(?)""")
                .params(id, cycle.planId(), activityIds.toArray(Long[]::new)).update();
        return id;
    }

    public void close(ReportingCycle cycle) {
        int rows = jdbc.sql("update plans.reporting_cycle set state = 'CLOSED', version = version + 1 where id = ? and version = ?")
                .params(cycle.id(), cycle.version()).update();
        if (rows == 0) {
            throw new ConcurrentEdit("reporting cycle", cycle.id());
        }
    }

    public List<Long> assignedActivities(long cycleId) {
        return jdbc.sql("select activity_id from plans.cycle_assignment where cycle_id = ?").param(cycleId)
                .query(Long.class).list();
    }

    private static ReportingCycle cycle(ResultSet rs, int n) throws SQLException {
        return new ReportingCycle(rs.getLong("id"), rs.getLong("plan_id"), Texts.date(rs, "as_of"), Texts.date(rs, "due"),
                "OPEN".equals(rs.getString("state")), rs.getString("opened_by"), rs.getInt("version"));
    }
}
