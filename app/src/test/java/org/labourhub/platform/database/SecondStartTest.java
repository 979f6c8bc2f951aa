package org.labourhub.platform.database;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A second LabourHub started on a data folder that a running one uses (another process, as when someone runs the
 * start command twice) is refused at once with a message that says what to do, and the running server and its
 * files are left alone.
 */
class SecondStartTest {

    private static final Path HOME = Path.of("target/second-start-test");

    @Test
    void aSecondStartOnAFolderInUseIsRefusedAndTheRunningServerKeepsAnswering() throws Exception {
        try (var running = EmbeddedPostgres.shared(HOME, 0, true)) {
            Path pidFile = HOME.resolve("postgres-data/postmaster.pid");
            String serverBefore = Files.readString(pidFile);

            Process second = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), SecondStart.class.getName(), HOME.toString()))
                    .redirectErrorStream(true).start();
            assertThat(second.waitFor(60, TimeUnit.SECONDS)).as("the second start gives up at once").isTrue();
            String said = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(second.exitValue()).as(said).isEqualTo(SecondStart.REFUSED);
            assertThat(said).contains("The data folder " + HOME.toRealPath() + " is in use by another LabourHub (process "
                    + ProcessHandle.current().pid() + ")").contains("LABOURHUB_HOME=");
            assertThat(Files.readString(pidFile)).isEqualTo(serverBefore);
            try (var c = DriverManager.getConnection(running.jdbcUrl(), EmbeddedPostgres.USER, running.password());
                 var rs = c.createStatement().executeQuery("select 1")) {
                assertThat(rs.next()).isTrue();
            }
        }
    }

    /** The second start, in a process of its own. */
    static final class SecondStart {
        static final int REFUSED = 3;

        public static void main(String[] args) {
            try (var server = EmbeddedPostgres.shared(Path.of(args[0]), 0, false)) {
                System.out.println("started a second server on port " + server.port());
            } catch (RuntimeException refused) {
                System.out.println(refused.getMessage());
                System.exit(REFUSED);
            }
        }
    }
}
