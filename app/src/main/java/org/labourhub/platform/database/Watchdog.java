package org.labourhub.platform.database;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Runs a check every second on a thread of its own until closed: here, whether the embedded server still runs. */
final class Watchdog implements AutoCloseable {

    static final long PERIOD_MILLIS = 1000;

    private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "embedded-postgres-watchdog");
        thread.setDaemon(true);
        return thread;
    });

    Watchdog(Runnable check) {
        clock.scheduleWithFixedDelay(check, PERIOD_MILLIS, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        clock.shutdownNow();
        try {
            clock.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
