package org.labourhub.platform.jobs;

import org.labourhub.platform.database.DatabaseOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Runs queued jobs on this node: polls the queue, hands each job to the handler of its kind, beats a heartbeat
 * while it runs, and on start (and every poll) re-queues jobs whose node stopped beating.
 */
@Component
class JobRunner implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

    private final JobQueue queue;
    private final JobSettings settings;
    private final Map<String, JobHandler> handlers;
    private final String node;
    private final Semaphore free;
    private ScheduledExecutorService clock;
    private java.util.concurrent.ExecutorService workers;
    private volatile boolean running;

    JobRunner(JobQueue queue, JobSettings settings, List<JobHandler> handlers) {
        this.queue = queue;
        this.settings = settings;
        this.handlers = handlers.stream().collect(Collectors.toMap(JobHandler::kind, Function.identity()));
        this.node = hostName() + "/" + UUID.randomUUID().toString().substring(0, 8);
        this.free = new Semaphore(settings.workers());
    }

    @Override
    public void start() {
        running = true;
        clock = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "job-clock"));
        workers = Executors.newFixedThreadPool(settings.workers(), r -> new Thread(r, "job-worker"));
        long poll = settings.pollInterval().toMillis();
        clock.scheduleWithFixedDelay(this::tick, poll, poll, TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        running = false;
        clock.shutdownNow();
        workers.shutdownNow();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** One beat of the clock: keep our jobs alive, recover lost ones, start what we have room for. */
    void tick() {
        try {
            queue.heartbeat(node);
            int recovered = queue.recoverStale(settings.staleAfter(), settings.maxAttempts());
            if (recovered > 0) {
                log.warn("Re-queued {} job(s) whose node stopped", recovered);
            }
            while (running && free.tryAcquire()) {
                var job = queue.claim(handlers.keySet(), node);
                if (job.isEmpty()) {
                    free.release();
                    return;
                }
                workers.execute(() -> runAndRelease(job.get()));
            }
        } catch (RuntimeException e) {
            if (DatabaseOutage.noConnection(e)) {
                log.debug("Job runner could not poll the queue: no database connection", e); // the outage is logged once
            } else {
                log.error("Job runner could not poll the queue", e);
            }
        }
    }

    private void runAndRelease(Job job) {
        try {
            new JobExecution(job, handlers.get(job.kind()), queue).run();
        } finally {
            free.release();
        }
    }

    JobHandler handler(String kind) {
        return handlers.get(kind);
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return "node";
        }
    }
}
