package org.labourhub.platform.database;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Where the data lives. With no {@code url} LabourHub runs its own PostgreSQL with data under {@code home};
 * with a {@code url} it uses that external server.
 *
 * @param home     folder for the embedded server's data, binaries and logs
 * @param port     preferred port of the embedded server (another free one is taken if it is busy)
 * @param recreate drop and recreate the database when the embedded server starts (tests)
 * @param poolSize connections kept to the database by this application node
 * @param connectionTimeout how long a request waits for a connection before it is answered "briefly unavailable"
 */
@ConfigurationProperties("labourhub.database")
record DatabaseSettings(Path home, int port, String url, String username, String password, boolean recreate,
                        @DefaultValue("10") int poolSize, @DefaultValue("2s") Duration connectionTimeout) {

    boolean external() {
        return url != null && !url.isBlank();
    }
}
