package org.labourhub.plans;

import org.labourhub.platform.web.ConcurrentEdit;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

/**
 * Loads and writes {@link CycleReport}s: the cycle, the activity's assignment in it (which carries the report's
 * version) and the activity's updates in it. Each write first moves the version on from the one read, and is refused
 * with {@link ConcurrentEdit} if someone else moved it meanwhile; a unique index keeps a second approval out too.
 */
@Repository
public class CycleReports {

    private final JdbcClient jdbc;
    private final ReportingCycles cycles;
    private final ProgressUpdates updates;

    CycleReports(JdbcClient jdbc, ReportingCycles cycles, ProgressUpdates updates) {
        this.jdbc = jdbc;
        this.cycles = cycles;
        this.updates = updates;
    }

    /** The report of an activity in a cycle; empty if the cycle does not ask about the activity. */
    public Optional<CycleReport> of(long cycleId, long activityId) {
        Optional<Integer> version = jdbc.sql("select version from plans.cycle_assignment where cycle_id = ? and activity_id = ?")
                .params(cycleId, activityId).query(Integer.class).optional();
        return version.flatMap(v -> cycles.byId(cycleId)
                .map(cycle -> new CycleReport(cycle, activityId, v, updates.ofCycle(cycleId, activityId))));
    }

    /** The reports of an activity in the open cycles that ask about it, the soonest due first. */
    public List<CycleReport> openFor(long activityId) {
        return cycles.openFor(activityId).stream().flatMap(c -> of(c.id(), activityId).stream()).toList();
    }

    public long submitted(CycleReport report, ProgressUpdate update) {
        moveOn(report);
        return updates.add(update);
    }

    void approved(CycleReport report, ProgressUpdate update) {
        moveOn(report);
        try {
            updates.review(update);
        } catch (DuplicateKeyException e) {
            throw new ConcurrentEdit("cycle report", report.cycle().id() + "/" + report.activityId());
        }
    }

    public void reopened(CycleReport report, ProgressUpdate update) {
        moveOn(report);
        updates.reopen(update);
    }

    private void moveOn(CycleReport report) {
        int rows = jdbc.sql("""
                        update plans.cycle_assignment set version = version + 1
                        where cycle_id = ? and activity_id = ? and version = ?""")
                .params(report.cycle().id(), report.activityId(), report.version()).update();
        if (rows == 0) {
            throw new ConcurrentEdit("cycle report", report.cycle().id() + "/" + report.activityId());
        }
    }
}
