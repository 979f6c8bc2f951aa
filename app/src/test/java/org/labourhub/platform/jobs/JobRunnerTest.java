package org.labourhub.platform.jobs;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.labourhub.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class JobRunnerTest {

    @Autowired Jobs jobs;
    @Autowired JobQueue queue;
    @Autowired JdbcClient jdbc;

    private final AtomicInteger runs = new AtomicInteger();
    private JobRunner runner;

    /** Counts to the number it is given, reporting progress; fails when asked to count to a negative number. */
    private final JobHandler counter = new JobHandler() {
        public String kind() { return "test.count"; }
        public Object run(RunningJob job) {
            runs.incrementAndGet();
            long to = job.parameters().path("to").asLong();
            if (to < 0) {
                throw new IllegalArgumentException("cannot count to " + to);
            }
            for (long i = 1; i <= to; i++) {
                job.progress(i, to);
            }
            return Map.of("counted", to);
        }
    };

    @BeforeEach
    void startRunner() {
        runner = new JobRunner(queue, new JobSettings(Duration.ofHours(1), Duration.ofSeconds(30), 3, 1), List.of(counter));
        runner.start();
    }

    @AfterEach
    void stopRunner() {
        runner.stop();
    }

    @Test
    void aQueuedJobRunsToTheEndWithItsResult() throws Exception {
        long id = jobs.submit("test.count", "secretariat", Map.of("to", 5));
        Job job = runUntilFinished(id);
        assertThat(job.status()).isEqualTo(JobStatus.SUCCEEDED);
        assertThat(job.done()).isEqualTo(5);
        assertThat(job.total()).isEqualTo(5);
        assertThat(job.percent()).isEqualTo(100);
        assertThat(job.result()).contains("\"counted\": 5");
    }

    @Test
    void aFailingJobIsMarkedFailedWithItsReason() throws Exception {
        long id = jobs.submit("test.count", "secretariat", Map.of("to", -1));
        Job job = runUntilFinished(id);
        assertThat(job.status()).isEqualTo(JobStatus.FAILED);
        assertThat(job.message()).contains("cannot count to -1");
    }

    @Test
    void afterARestartAJobWhoseNodeDiedIsRunAgain() throws Exception {
        long id = jobs.submit("test.count", "secretariat", Map.of("to", 3));
        // a node claimed it, then died: its heartbeat stopped two minutes ago
        jdbc.sql("""
                update platform.job set status = 'RUNNING', node = 'dead-node', attempts = 1, done = 1, total = 3,
                       started_at = now() - interval '3 minutes', heartbeat = now() - interval '2 minutes'
                where id = ?""").param(id).update();
        Job job = runUntilFinished(id);
        assertThat(job.status()).isEqualTo(JobStatus.SUCCEEDED);
        assertThat(job.attempts()).isEqualTo(2);
        assertThat(job.result()).contains("\"counted\": 3");
    }

    @Test
    void aJobAbandonedTooOftenIsMarkedFailed() {
        long id = jobs.submit("test.count", "secretariat", Map.of("to", 3));
        jdbc.sql("update platform.job set status = 'RUNNING', node = 'dead-node', attempts = 3, "
                + "heartbeat = now() - interval '2 minutes' where id = ?").param(id).update();
        runner.tick();
        assertThat(jobs.find(id).orElseThrow().status()).isEqualTo(JobStatus.FAILED);
    }

    @Test
    void twoNodesNeverClaimTheSameJob() {
        long id = jobs.submit("test.other", "secretariat", Map.of());
        var first = queue.claim(List.of("test.other"), "node-a");
        var second = queue.claim(List.of("test.other"), "node-b");
        assertThat(first).map(Job::id).contains(id);
        assertThat(second).isEmpty();
    }

    private Job runUntilFinished(long id) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        Job job = jobs.find(id).orElseThrow();
        while (!job.status().isFinished() && System.nanoTime() < deadline) {
            runner.tick();
            Thread.sleep(50);
            job = jobs.find(id).orElseThrow();
        }
        return job;
    }
}
