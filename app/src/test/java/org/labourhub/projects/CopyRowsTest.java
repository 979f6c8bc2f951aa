package org.labourhub.projects;

import org.junit.jupiter.api.Test;
import org.labourhub.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class CopyRowsTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transaction;

    @Test
    void valuesArriveExactlyAsGivenWhateverCharactersTheyHold() {
        List<String> texts = List.of("tab\there", "line\nbreak", "carriage\r\nreturn", "back\\slash \\N \\t \\.", "\\",
                "\"double\" and 'single' quotes", "ñandú, Ação, élève, İstanbul, 労働, 🦺", "", " leading and trailing ",
                "\\.", "comma, semicolon; pipe |", "NULL", "\\N");
        List<String> back = transaction.execute(status -> {
            jdbc.execute("create temporary table copied (n int, t text, j jsonb, d date, a numeric(18, 2), b boolean) on commit drop");
            var rows = new CopyRows("pg_temp.copied", "n", "t", "j", "d", "a", "b");
            for (int i = 0; i < texts.size(); i++) {
                rows.add(i, texts.get(i), ProjectsJson.write(java.util.Map.of("v", texts.get(i))), LocalDate.of(2024, 2, 29),
                        new BigDecimal("1234567.50"), i % 2 == 0);
            }
            rows.add(texts.size(), null, null, null, null, null);
            assertThat(rows.copy(jdbc)).isEqualTo(texts.size() + 1);
            return jdbc.query("select n, t, j->>'v', d, a, b from pg_temp.copied order by n", (rs, n) -> {
                assertThat(rs.getObject(4, LocalDate.class)).isIn(LocalDate.of(2024, 2, 29), null);
                assertThat(rs.getBigDecimal(5)).isIn(new BigDecimal("1234567.50"), null);
                if (rs.getString(2) != null) {
                    assertThat(rs.getString(3)).as("the same text inside JSON").isEqualTo(rs.getString(2));
                    assertThat(rs.getBoolean(6)).isEqualTo(n % 2 == 0);
                }
                return rs.getString(2);
            });
        });
        var expected = new ArrayList<>(texts);
        expected.add(null);
        assertThat(back).containsExactlyElementsOf(expected);
    }

    @Test
    void aRowTheDatabaseRefusesFailsTheCopyAsADataAccessError() {
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> new CopyRows("projects.theme", "project_id", "theme")
                .add(-1L, Theme.OSH).copy(jdbc)))
                .isInstanceOf(org.springframework.dao.DataAccessException.class)
                .hasMessageContaining("foreign key");
    }

    @Test
    void aRowWithTheWrongNumberOfValuesIsAMistakeOfTheCaller() {
        assertThatThrownBy(() -> new CopyRows("projects.theme", "project_id", "theme").add(1L))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
