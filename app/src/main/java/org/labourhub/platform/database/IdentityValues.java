package org.labourhub.platform.database;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

/**
 * Values drawn ahead from a table's identity sequence, for writers that insert many rows (and their children) with
 * their ids known beforehand, as {@code COPY} needs.
 */
public final class IdentityValues {

    private IdentityValues() {
    }

    /**
     * Takes {@code count} values of the sequence behind {@code table}'s {@code id} column in one query. The sequence is
     * looked up once per call, not once per value (a catalog lookup per value made this ten times as costly).
     */
    public static List<Long> take(JdbcTemplate jdbc, String table, int count) {
        if (count == 0) {
            return List.of();
        }
        return jdbc.queryForList("""
                select nextval(s.sequence)
                from (select pg_get_serial_sequence(?, 'id')::regclass as sequence offset 0) s, generate_series(1, ?)""",
                Long.class, table, count);
    }
}
