package org.labourhub.platform.database;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Properties;

/**
 * The connection pool as the application sees it. A failure to connect to an unreachable server begins an
 * outage; while it lasts every request for a connection fails at once (requests, the session store, the job
 * runner), so that a page is answered 503 in milliseconds instead of after one pool timeout per query. The
 * outage's watcher asks the database itself, past this gate.
 */
final class OutageAwareDataSource extends DelegatingDataSource implements AutoCloseable {

    private final HikariDataSource pool;
    private final DatabaseOutage outage;

    OutageAwareDataSource(HikariDataSource pool, DatabaseOutage outage) {
        super(pool);
        this.pool = pool;
        this.outage = outage;
    }

    @Override
    public Connection getConnection() throws SQLException {
        if (outage.ongoing()) {
            throw new SQLTransientConnectionException("The database cannot be reached (outage under way)", "08001");
        }
        try {
            return pool.getConnection();
        } catch (SQLException e) {
            if (DatabaseOutage.unreachable(e)) {
                outage.began(e, this::databaseAnswers);
            }
            throw e;
        }
    }

    /**
     * Whether the server takes a connection of its own (refused at once while it is down), and then the pool hands
     * one out. Asking the pool alone would wait out the pool's retry back-off, up to 5 s after the server is back.
     */
    private boolean databaseAnswers() {
        var properties = new Properties();
        properties.putAll(pool.getDataSourceProperties());
        properties.setProperty("user", pool.getUsername());
        properties.setProperty("password", pool.getPassword());
        try (Connection direct = DriverManager.getConnection(pool.getJdbcUrl(), properties);
             Connection pooled = direct.isValid(1) ? pool.getConnection() : null) {
            return pooled != null && pooled.isValid(1);
        } catch (SQLException stillDown) {
            return false;
        }
    }

    @Override
    public void close() {
        pool.close();
    }
}
