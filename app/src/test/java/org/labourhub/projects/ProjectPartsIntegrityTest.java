package org.labourhub.projects;

import org.junit.jupiter.api.Test;
import org.labourhub.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The database keeps a project's parts (V5's set-wise triggers) as it kept them with foreign keys. Every change here
 * is rolled back, so the demo data the other tests read stays as it was.
 */
@IntegrationTest
class ProjectPartsIntegrityTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transaction;

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
