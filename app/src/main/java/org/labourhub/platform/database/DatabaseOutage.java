package org.labourhub.platform.database;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * Whether the database is out of reach right now. The first failure to connect begins an outage; while it lasts,
 * asking the pool for a connection fails at once instead of waiting its timeout ({@link OutageAwareDataSource}),
 * pages answer "briefly unavailable" without going further, and the health check says DOWN. A watcher thread
 * tries the database every quarter second and ends the outage as soon as it answers.
 */
public class DatabaseOutage {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutage.class);
    private static final long RETRY_MILLIS = 250;

    private final AtomicBoolean ongoing = new AtomicBoolean();
    private final ExecutorService watcher = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "database-outage-watcher");
        thread.setDaemon(true);
        return thread;
    });

    public boolean ongoing() {
        return ongoing.get();
    }

    /** Records that the database could not be reached; the first such failure starts watching for its return. */
    void began(Throwable failure, BooleanSupplier databaseAnswers) {
        if (ongoing.compareAndSet(false, true)) {
            log.error("The database cannot be reached ({}); pages answer 503 until it is back", rootMessage(failure));
            watcher.execute(() -> waitFor(databaseAnswers));
        }
    }

    @PreDestroy
    void stop() {
        watcher.shutdownNow();
    }

    private void waitFor(BooleanSupplier databaseAnswers) {
        long start = System.nanoTime();
        while (!databaseAnswers.getAsBoolean()) {
            try {
                Thread.sleep(RETRY_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
        ongoing.set(false);
        log.warn("The database answers again after {} ms", (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * Whether this failure means no database connection could be had: the server is unreachable, or the pool
     * had no connection to give within its timeout (every connection busy). Either way, the same request may
     * succeed if tried again shortly.
     */
    public static boolean noConnection(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof CannotGetJdbcConnectionException || t instanceof SQLTransientConnectionException) {
                return true;
            }
        }
        return unreachable(failure);
    }

    /**
     * Whether this failure says the server is gone: refused or broken connections (SQL state class 08), or a
     * server shutting down or starting up (57P01 to 57P03).
     */
    static boolean unreachable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConnectException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().matches("57P0[123]"))) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
