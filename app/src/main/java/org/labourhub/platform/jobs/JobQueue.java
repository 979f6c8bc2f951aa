package org.labourhub.platform.jobs;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Collection;
import java.util.Optional;

/**
 * The runner's side of the job table. Claiming uses {@code FOR UPDATE SKIP LOCKED}, so several nodes can poll the
 * same queue and each job is taken by exactly one of them.
 */
@Component
class JobQueue {

    private final JdbcClient jdbc;

    JobQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Takes the oldest queued job of one of these kinds, marking it running on this node. */
    Optional<Job> claim(Collection<String> kinds, String node) {
        if (kinds.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        update platform.job set status = 'RUNNING', node = ?, attempts = attempts + 1,
                               started_at = now(), heartbeat = now(), message = null
                        where id = (select id from platform.job
                                    where status = 'QUEUED' and kind = any(?)
                                    order by id limit 1 for update skip locked)
                        returning\s""" + Jobs.COLUMNS)
                .params(node, kinds.toArray(String[]::new)).query(Job.class).optional();
    }

    void progress(long id, long done, long total) {
        jdbc.sql("update platform.job set done = ?, total = ?, heartbeat = now() where id = ? and status = 'RUNNING'")
                .params(done, total, id).update();
    }

    void heartbeat(String node) {
        jdbc.sql("update platform.job set heartbeat = now() where node = ? and status = 'RUNNING'").param(node).update();
    }

    void finish(long id, JobStatus status, String message, String resultJson) {
        jdbc.sql("""
                        update platform.job set status = ?, message = ?, result = cast(? as jsonb), finished_at = now(),
                               done = case when ? = 'SUCCEEDED' then greatest(done, total) else done end
                        where id = ?""")
                .params(status.name(), message, resultJson, status.name(), id).update();
    }

    /**
     * Puts back in the queue the running jobs whose node stopped beating (it crashed or was killed); a job that has
     * already been started {@code maxAttempts} times is marked failed instead. Returns how many were re-queued.
     */
    int recoverStale(Duration staleAfter, int maxAttempts) {
        String stale = "status = 'RUNNING' and heartbeat < now() - cast(? as interval)";
        String interval = staleAfter.toMillis() + " milliseconds";
        jdbc.sql("update platform.job set status = 'FAILED', finished_at = now(), message = 'abandoned' where "
                + stale + " and attempts >= ?").params(interval, maxAttempts).update();
        return jdbc.sql("update platform.job set status = 'QUEUED', node = null, done = 0 where " + stale)
                .param(interval).update();
    }
}
