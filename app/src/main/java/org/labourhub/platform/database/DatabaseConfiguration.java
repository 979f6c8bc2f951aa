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

    @Bean
    DataSource dataSource(DatabaseSettings settings, Optional<EmbeddedPostgres> embedded) {
        var pool = new HikariDataSource();
        pool.setPoolName("labourhub");
        pool.setMaximumPoolSize(10);
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
        return pool;
    }

    static class NoExternalDatabase implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String url = context.getEnvironment().getProperty("labourhub.database.url");
            return url == null || url.isBlank();
        }
    }
}
