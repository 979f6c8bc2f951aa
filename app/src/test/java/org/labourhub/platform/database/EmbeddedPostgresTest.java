package org.labourhub.platform.database;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded server survives what happens to a newcomer's machine: a run killed without shutdown (stale lock
 * file), a busy default port, and restarts that must keep the data.
 */
class EmbeddedPostgresTest {

    private static final Path HOME = Path.of("target/embedded-postgres-test");

    @Test
    void keepsDataAcrossRestartsStartsOverAStaleLockAndMovesOffABusyPort() throws Exception {
        PostgresBinaries.deleteTree(HOME.resolve("postgres-data"));
        try (var busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int taken = busy.getLocalPort();
            try (var first = EmbeddedPostgres.shared(HOME, taken, false)) {
                assertThat(first.port()).isNotEqualTo(taken);
                execute(first, "create table kept (v text); insert into kept values ('still here')");
            }
        }
        Path lock = HOME.resolve("postgres-data/postmaster.pid");
        Files.writeString(lock, "999999\n" + HOME.toAbsolutePath() + "\n"); // as left by a killed run
        try (var second = EmbeddedPostgres.shared(HOME, 0, false)) {
            assertThat(query(second, "select v from kept")).isEqualTo("still here");
        }
    }

    private static void execute(EmbeddedPostgres server, String sql) throws Exception {
        try (var c = DriverManager.getConnection(server.jdbcUrl(), EmbeddedPostgres.USER, server.password())) {
            c.createStatement().execute(sql);
        }
    }

    private static String query(EmbeddedPostgres server, String sql) throws Exception {
        try (var c = DriverManager.getConnection(server.jdbcUrl(), EmbeddedPostgres.USER, server.password());
             var rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
