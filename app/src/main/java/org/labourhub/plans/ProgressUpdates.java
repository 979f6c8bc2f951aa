package org.labourhub.plans;

import org.labourhub.platform.web.ConcurrentEdit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import static org.labourhub.platform.i18n.MultilingualTextJson.write;

/** Progress updates on activities. */
@Repository
public class ProgressUpdates {

    private static final String SELECT = """
            select id, activity_id, element_id, cycle_id, as_of, text::text as text, status, state, submitted_by, reviewed_by,
                   reviewed_at, review_comment, reopened_by, reopened_at, reopen_reason, version
            from plans.progress_update
            """;

    private final JdbcClient jdbc;

    ProgressUpdates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ProgressUpdate> byId(long id) {
        return jdbc.sql(SELECT + "where id = ?").param(id).query(ProgressUpdates::update).optional();
    }

    /** Every update on an activity, newest first. */
    public List<ProgressUpdate> ofActivity(long activityId) {
        return jdbc.sql(SELECT + "where activity_id = ? order by as_of desc, id desc").param(activityId)
                .query(ProgressUpdates::update).list();
    }

    /** The updates of an activity in a cycle, newest first. */
    List<ProgressUpdate> ofCycle(long cycleId, long activityId) {
        return jdbc.sql(SELECT + "where cycle_id = ? and activity_id = ? order by submitted_at desc, id desc")
                .params(cycleId, activityId).query(ProgressUpdates::update).list();
    }

    /** The updates of a cycle waiting for the secretariat. */
    public List<ProgressUpdate> awaitingReview(long cycleId) {
        return jdbc.sql(SELECT + "where cycle_id = ? and state = 'SUBMITTED' order by submitted_at").param(cycleId)
                .query(ProgressUpdates::update).list();
    }

    /** Every update of a plan waiting for the secretariat, in a cycle or not. */
    public List<ProgressUpdate> awaitingReviewInPlan(long planId) {
        return jdbc.sql(SELECT + """
                        where state = 'SUBMITTED' and activity_id in (select id from plans.activity where plan_id = ?)
                        order by submitted_at""").param(planId).query(ProgressUpdates::update).list();
    }

    public long add(ProgressUpdate u) {
        return jdbc.sql("""
                        insert into plans.progress_update (activity_id, cycle_id, as_of, text, status, state, submitted_by)
                        values (?, ?, ?, cast(? as jsonb), ?, ?, ?) returning id""")
                .params(u.activityId(), u.cycleId(), u.asOf(), write(u.text()), u.status() == null ? null : u.status().name(), u.state().name(),
                        u.submittedBy())
                .query(Long.class).single();
    }

    /** Records the review; refused if the update changed since it was read (another reviewer got there first). */
    void review(ProgressUpdate u) {
        int rows = jdbc.sql("""
                        update plans.progress_update set state = ?, reviewed_by = ?, reviewed_at = now(),
                            review_comment = ?, version = version + 1
                        where id = ? and version = ? and state = 'SUBMITTED'""")
                .params(u.state().name(), u.reviewedBy(), u.reviewComment(), u.id(), u.version())
                .update();
        if (rows == 0) {
            throw new ConcurrentEdit("progress update", u.id());
        }
    }

    /** Records the secretariat's reopening of the cycle an approved update had locked. */
    void reopen(ProgressUpdate u) {
        var r = u.reopening();
        int rows = jdbc.sql("""
                        update plans.progress_update set reopened_by = ?, reopened_at = ?, reopen_reason = ?, version = version + 1
                        where id = ? and version = ? and state = 'APPROVED' and reopened_at is null""")
                .params(r.by(), r.at(), r.reason(), u.id(), u.version())
                .update();
        if (rows == 0) {
            throw new ConcurrentEdit("progress update", u.id());
        }
    }

    private static ProgressUpdate update(ResultSet rs, int n) throws SQLException {
        return new ProgressUpdate(rs.getLong("id"), rs.getObject("activity_id", Long.class),
                rs.getObject("element_id", Long.class), rs.getObject("cycle_id", Long.class), Texts.date(rs, "as_of"),
                Texts.text(rs, "text"), Texts.enumOrNull(ActivityStatus.class, rs.getString("status")),
                UpdateState.valueOf(rs.getString("state")), rs.getString("submitted_by"), rs.getString("reviewed_by"),
                rs.getObject("reviewed_at", OffsetDateTime.class), rs.getString("review_comment"), reopening(rs),
                rs.getInt("version"));
    }

    private static ProgressUpdate.Reopening reopening(ResultSet rs) throws SQLException {
        OffsetDateTime at = rs.getObject("reopened_at", OffsetDateTime.class);
        return at == null ? null : new ProgressUpdate.Reopening(rs.getString("reopened_by"), at, rs.getString("reopen_reason"));
    }
}
