package org.labourhub.platform.database;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

import javax.sql.DataSource;
import java.util.Optional;

@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean(destroyMethod = "close")
    @Conditional(NoExternalDatabase.class)
    EmbeddedPostgres embeddedPostgres(DatabaseSettings settings) {
        return EmbeddedPostgres.shared(settings.home(), settings.port(), settings.recreate());
    }

    /**
     * The connection pool, set to fail fast when the database is gone: a request waits at most the connection
     * timeout (2 s) for a connection, a pooled connection is checked within a second before use, and opening a new
     * one to an unreachable host gives up in time. The page then says the service is briefly unavailable
     * ({@code BrieflyUnavailable}) instead of hanging, and during a known outage the pool is not even asked
     * ({@link OutageAwareDataSource}). It reconnects by itself once the database answers again.
     */
    @Bean
    DataSource dataSource(DatabaseSettings settings, Optional<EmbeddedPostgres> embedded, DatabaseOutage outage) {
        var pool = new HikariDataSource();
        pool.setPoolName("labourhub");
        pool.setMaximumPoolSize(settings.poolSize());
        pool.setConnectionTimeout(settings.connectionTimeout().toMillis());
        pool.setValidationTimeout(Math.min(1000, settings.connectionTimeout().toMillis() / 2));
        // idle connections are checked every two minutes, so that a database or firewall that dropped them is noticed
        pool.setKeepaliveTime(120_000);
        long seconds = Math.max(1, settings.connectionTimeout().toSeconds());
        pool.addDataSourceProperty("connectTimeout", Long.toString(seconds));
        pool.addDataSourceProperty("loginTimeout", Long.toString(seconds));
        // batched INSERTs (imports) go to the server as multi-row INSERTs instead of one statement per row
        pool.addDataSourceProperty("reWriteBatchedInserts", "true");
        if (embedded.isPresent()) {
            pool.setJdbcUrl(embedded.get().jdbcUrl());
            pool.setUsername(EmbeddedPostgres.USER);
            pool.setPassword(embedded.get().password());
        } else {
            pool.setJdbcUrl(settings.url());
            pool.setUsername(settings.username());
            pool.setPassword(settings.password());
        }
        return new OutageAwareDataSource(pool, outage);
    }

    @Bean
    DatabaseOutage databaseOutage() {
        return new DatabaseOutage();
    }

    static class NoExternalDatabase implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String url = context.getEnvironment().getProperty("labourhub.database.url");
            return url == null || url.isBlank();
        }
    }
}
