package org.labourhub.platform.jobs;

import java.time.OffsetDateTime;

/**
 * A persisted background job as its owner sees it.
 *
 * @param parameters what the job was asked to do (JSON)
 * @param result     what it produced (JSON), once finished; may carry a partial result after a failure
 */
public record Job(long id, String kind, String owner, JobStatus status, long done, long total, String message,
                  String parameters, String result, int attempts, OffsetDateTime createdAt,
                  OffsetDateTime startedAt, OffsetDateTime finishedAt, OffsetDateTime heartbeat) {

    /** Progress in whole percent; 0 while the amount of work is not yet known. */
    public int percent() {
        if (status == JobStatus.SUCCEEDED) {
            return 100;
        }
        return total <= 0 ? 0 : (int) Math.min(100, done * 100 / total);
    }
}
