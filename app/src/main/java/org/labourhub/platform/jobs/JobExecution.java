package org.labourhub.platform.jobs;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/** One run of one job: gives the handler its context, throttles progress writes, and records how it ended. */
final class JobExecution implements RunningJob {

    private static final Logger log = LoggerFactory.getLogger(JobExecution.class);
    private static final long PROGRESS_EVERY_NANOS = 250_000_000L;

    private final Job job;
    private final JobHandler handler;
    private final JobQueue queue;
    private long lastWrite;

    JobExecution(Job job, JobHandler handler, JobQueue queue) {
        this.job = job;
        this.handler = handler;
        this.queue = queue;
    }

    void run() {
        try {
            Object result = handler.run(this);
            queue.finish(job.id(), JobStatus.SUCCEEDED, null, result == null ? null : Jobs.JSON.writeValueAsString(result));
        } catch (Exception | LinkageError e) {
            log.warn("Job {} ({}) failed", job.id(), job.kind(), e);
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            queue.finish(job.id(), JobStatus.FAILED, message.length() > 2000 ? message.substring(0, 2000) : message, null);
        }
    }

    @Override
    public long id() {
        return job.id();
    }

    @Override
    public String owner() {
        return job.owner();
    }

    @Override
    public JsonNode parameters() {
        return Jobs.JSON.readTree(job.parameters());
    }

    @Override
    public void progress(long done, long total) {
        long now = System.nanoTime();
        if (now - lastWrite >= PROGRESS_EVERY_NANOS || done >= total) {
            lastWrite = now;
            queue.progress(job.id(), done, total);
        }
    }
}
