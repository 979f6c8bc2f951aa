package org.labourhub.platform.jobs;

/**
 * Does the work of one kind of job. A handler must be idempotent: a job whose node died is run again from the
 * start after a restart, so running it twice must leave the same data as running it once.
 */
public interface JobHandler {

    /** The kind this handler serves, e.g. {@code projects.iati-import}. */
    String kind();

    /**
     * Does the work, reporting progress through {@code job}. Returns the result to store as JSON (a record or map),
     * or null. An exception marks the job failed with its message.
     */
    Object run(RunningJob job) throws Exception;

    /** Where the owner reads the outcome of a finished job of this kind, or null to show only its status. */
    default String resultPage(Job job) {
        return null;
    }
}
