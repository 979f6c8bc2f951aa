package org.labourhub.platform.jobs;

/** Where a job stands: waiting for a runner, being worked on, or finished one way or the other. */
public enum JobStatus {
    QUEUED, RUNNING, SUCCEEDED, FAILED;

    public boolean isFinished() {
        return this == SUCCEEDED || this == FAILED;
    }
}
