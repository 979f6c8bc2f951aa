package org.labourhub.projects;

import org.junit.jupiter.api.Test;
import org.labourhub.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The database keeps a project's parts (V5's set-wise triggers) as it kept them with foreign keys, concurrent writers
 * included. Every change here is rolled back or touches only projects made for it, so the demo data the other tests
 * read stays as it was.
 */
@IntegrationTest
class ProjectPartsIntegrityTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transaction;
    @Autowired DataSource dataSource;

    @Test
    void aPartOfAProjectThatDoesNotExistIsRefused() {
        assertRefused("insert into projects.theme (project_id, theme) values (-7, 'OSH'), (-7, 'SKILLS')", "theme", -7);
        assertRefused("insert into projects.recipient_country (project_id, iso2) values (-8, 'GT')", "recipient_country", -8);
        assertRefused("insert into projects.provenance (project_id, source, source_key, imported_by) values (-9, 'IATI', 'integrity-x', 'test')",
                "provenance", -9);
        assertThatThrownBy(() -> new CopyRows("projects.sector", "project_id", "code").add(-10L, "11110").copy(jdbc))
                .hasMessageContaining("foreign key").hasMessageContaining("(-10)");
        assertThat(jdbc.queryForObject("select count(*) from projects.sector where project_id < 0", Long.class)).isZero();
    }

    @Test
    void aPartMovedToAProjectThatDoesNotExistIsRefused() {
        long project = demoProject();
        long participants = count("participant", project);
        assertRefused("update projects.participant set project_id = -11 where project_id = " + project, "participant", -11);
        assertThat(count("participant", project)).isEqualTo(participants);
    }

    @Test
    void anIndicatorOfAResultThatDoesNotExistIsRefused() {
        assertRefused("insert into projects.indicator (result_id, position, measure, title) values (-12, 0, 'UNIT', '{}')",
                "indicator", -12);
    }

    @Test
    void deletingProjectsDeletesTheirPartsAndTheirResultsIndicators() {
        transaction.executeWithoutResult(status -> {
            status.setRollbackOnly();
            deleteTwoOfThreeProjects();
        });
    }

    private void deleteTwoOfThreeProjects() {
        long first = newProject("integrity-delete-1");
        long second = newProject("integrity-delete-2");
        for (long project : new long[] {first, second}) {
            jdbc.update("insert into projects.theme (project_id, theme) values (?, 'OSH')", project);
            jdbc.update("insert into projects.participant (project_id, role, name) values (?, 'FUNDING', 'OIT')", project);
            jdbc.update("insert into projects.provenance (project_id, source, source_key, imported_by) values (?, 'IATI', ?, 'test')",
                    project, "integrity-" + project);
            long result = jdbc.queryForObject("""
                    insert into projects.result (project_id, type, title, position) values (?, 'OUTPUT', '{}', 0) returning id""",
                    Long.class, project);
            jdbc.update("insert into projects.indicator (result_id, position, measure, title) values (?, 0, 'UNIT', '{}')", result);
        }
        long kept = newProject("integrity-kept");
        jdbc.update("insert into projects.theme (project_id, theme) values (?, 'SKILLS')", kept);

        jdbc.update("delete from projects.project where id in (?, ?)", first, second);

        for (String part : new String[] {"theme", "participant", "provenance", "result"}) {
            assertThat(count(part, first) + count(part, second)).as(part).isZero();
        }
        assertThat(jdbc.queryForObject("""
                select count(*) from projects.indicator i where not exists (select from projects.result r where r.id = i.result_id)""",
                Long.class)).isZero();
        assertThat(count("theme", kept)).isOne();
    }

    @Test
    void aPartInsertedWhileItsProjectIsBeingDeletedWaitsAndIsRefusedOnceTheDeleteCommits() throws Exception {
        long project = newProject("integrity-race-1");
        assertThat(race("delete from projects.project where id = " + project,
                "insert into projects.theme (project_id, theme) values (" + project + ", 'OSH')")).isEqualTo("23503");
        assertThat(count("theme", project)).isZero();
    }

    @Test
    void aProjectDeletedWhileItsPartsAreBeingInsertedWaitsAndTakesThemAlong() throws Exception {
        long project = newProject("integrity-race-2");
        assertThat(race("insert into projects.theme (project_id, theme) values (" + project + ", 'OSH')",
                "delete from projects.project where id = " + project)).isNull();
        assertThat(jdbc.queryForObject("select count(*) from projects.project where id = ?", Long.class, project)).isZero();
        assertThat(count("theme", project)).as("the part committed while the delete waited went with its project").isZero();
    }

    /**
     * Runs {@code first} in a transaction left open, then {@code second} on another connection, which must wait for
     * the first's locks; commits the first, and returns how the second ended (null, or its SQLSTATE).
     */
    private String race(String first, String second) throws Exception {
        try (Connection one = dataSource.getConnection(); Connection other = dataSource.getConnection()) {
            one.setAutoCommit(false);
            try (Statement statement = one.createStatement()) {
                statement.execute(first);
            }
            var waiting = CompletableFuture.supplyAsync(() -> sqlState(other, second));
            waitUntilWaitingForALock(other);
            one.commit();
            return waiting.get(30, TimeUnit.SECONDS);
        }
    }

    /** Runs the statement on its own (auto-commit); null when it succeeds, else its SQLSTATE. */
    private static String sqlState(Connection connection, String sql) {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
            return null;
        } catch (SQLException e) {
            return e.getSQLState();
        }
    }

    /** Waits until the connection's backend waits for a lock another transaction holds (as the database reports it). */
    private void waitUntilWaitingForALock(Connection connection) throws Exception {
        int pid = connection.unwrap(org.postgresql.PGConnection.class).getBackendPID();
        for (int i = 0; i < 600; i++) {
            String waiting = jdbc.queryForObject("select wait_event_type from pg_stat_activity where pid = ?", String.class, pid);
            if ("Lock".equals(waiting)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("backend " + pid + " never waited for a lock");
    }

    @Test
    void aProjectKeepsItsId() {
        long project = demoProject();
        assertRefused("update projects.project set id = " + (project + 1_000_000) + " where id = " + project, "project", project);
    }

    @Test
    void resultsAreNotTruncatedAwayFromTheirIndicators() {
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> jdbc.execute("truncate projects.result")))
                .satisfies(e -> assertThat(((SQLException) e.getCause()).getSQLState()).isEqualTo("23503"));
    }

    private void assertRefused(String sql, String table, long missing) {
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> jdbc.execute(sql)))
                .satisfies(e -> {
                    SQLException cause = (SQLException) e.getCause();
                    assertThat(cause.getSQLState()).isEqualTo("23503");
                    assertThat(cause.getMessage()).contains("\"" + table + "\"").contains("(" + missing + ")");
                });
    }

    /** A demo project with participants. */
    private long demoProject() {
        return jdbc.queryForObject("select min(project_id) from projects.participant", Long.class);
    }

    private long newProject(String identifier) {
        return jdbc.queryForObject("insert into projects.project (iati_identifier, title) values (?, '{\"en\":\"Integrity\"}') returning id",
                Long.class, identifier);
    }

    private long count(String part, long project) {
        return jdbc.queryForObject("select count(*) from projects." + part + " where project_id = ?", Long.class, project);
    }
}
