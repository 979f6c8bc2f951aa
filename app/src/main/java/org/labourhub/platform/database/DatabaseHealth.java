package org.labourhub.platform.database;

import jakarta.annotation.PreDestroy;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The health of the database ("db" in {@code /actuator/health}), answered within a few hundred milliseconds: DOWN
 * at once during a known outage, else DOWN when the pool cannot hand out a working connection within
 * {@link #DEADLINE_MILLIS} (Spring Boot's own check waits the pool's whole connection timeout). The check goes on
 * in the background past the deadline, and a connection refused there begins the outage; a check still running
 * when the next one comes is shared, so a monitor polling during an outage does not pile up threads.
 */
@Component("dbHealthIndicator")
class DatabaseHealth implements HealthIndicator {

    static final long DEADLINE_MILLIS = 300;

    private final DataSource dataSource;
    private final DatabaseOutage outage;
    private final ExecutorService checker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "database-health");
        thread.setDaemon(true);
        return thread;
    });
    private CompletableFuture<Boolean> running = CompletableFuture.completedFuture(true);

    DatabaseHealth(DataSource dataSource, DatabaseOutage outage) {
        this.dataSource = dataSource;
        this.outage = outage;
    }

    @Override
    public Health health() {
        if (outage.ongoing()) {
            return Health.down().withDetail("reason", "the database cannot be reached").build();
        }
        try {
            return check().get(DEADLINE_MILLIS, TimeUnit.MILLISECONDS)
                    ? Health.up().build()
                    : Health.down().withDetail("reason", "the database connection is not valid").build();
        } catch (TimeoutException e) {
            return Health.down().withDetail("reason", "no database connection within " + DEADLINE_MILLIS + " ms").build();
        } catch (ExecutionException e) {
            return Health.down().withDetail("reason", "the database cannot be reached").build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.unknown().build();
        }
    }

    @PreDestroy
    void stop() {
        checker.shutdownNow();
    }

    private synchronized CompletableFuture<Boolean> check() {
        if (running.isDone()) {
            running = CompletableFuture.supplyAsync(this::connectionIsValid, checker);
        }
        return running;
    }

    private boolean connectionIsValid() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
