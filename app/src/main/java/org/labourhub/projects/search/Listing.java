package org.labourhub.projects.search;

import org.labourhub.directory.Directory;
import org.labourhub.platform.i18n.MultilingualText;
import org.labourhub.platform.i18n.MultilingualTextJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * The {@link ListedProjects} this node keeps in memory, with the country names facets are labelled with. Read on
 * first use and read again after a write on this node ({@link #forget()}). Every 30 s the database's statistics are
 * asked (one cheap query) whether the searched tables changed since, so that a write on another node shows within
 * about 30 s, while an unchanged registry is not read again.
 */
@Component
public class Listing {

    private static final Logger log = LoggerFactory.getLogger(Listing.class);
    private static final String CHANGES = """
            select coalesce(sum(n_tup_ins + n_tup_upd + n_tup_del), 0) from pg_stat_user_tables
            where relid in ('projects.project'::regclass, 'projects.recipient_country'::regclass, 'projects.theme'::regclass,
                            'projects.participant'::regclass)""";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate snapshot;
    private final Directory directory;

    /** What is kept, the count of changed rows it was read at and the write (generation) it was read after. */
    private record Kept(ListedProjects projects, Map<String, MultilingualText> countries, long changes, long generation) {
    }

    private final RecentSearches<Boolean, Kept> kept = new RecentSearches<>(1);
    private final AtomicLong generation = new AtomicLong();
    private volatile Kept last;

    Listing(JdbcTemplate jdbc, PlatformTransactionManager transactions, Directory directory) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.snapshot = new TransactionTemplate(transactions);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        snapshot.setReadOnly(true);
    }

    public ListedProjects projects() {
        return kept().projects();
    }

    /** The directory's country names, by code. */
    Map<String, MultilingualText> countries() {
        return kept().countries();
    }

    void forget() {
        generation.incrementAndGet();
        kept.clear();
    }

    private Kept kept() {
        return kept.get(Boolean.TRUE, this::readIfChanged);
    }

    /** What was read before, if no write happened on this node since and the statistics count no change; else read. */
    private Kept readIfChanged() {
        long asOf = generation.get();
        long changes = jdbc.queryForObject(CHANGES, Long.class);
        Kept before = last;
        Kept now = before != null && before.generation() == asOf && before.changes() == changes ? before : read(changes, asOf);
        last = now;
        return now;
    }

    /** Reads every listed project and its facet values as of one moment (about a second for 100,000 projects). */
    private Kept read(long changes, long asOf) {
        long start = System.nanoTime();
        // country names are read before the projects: a query's connection is held while its rows are read, and
        // asking for a second connection from inside would deadlock the pool under load
        Map<String, MultilingualText> countries = directory.countries().stream()
                .collect(Collectors.toUnmodifiableMap(c -> c.iso2(), c -> c.name()));
        var builder = new ListedProjectsBuilder();
        snapshot.executeWithoutResult(status -> {
            jdbc.query("""
                    select id, iati_identifier, title::text, status, modality, coalesce(actual_start, planned_start) - date '1970-01-01',
                           coalesce(actual_end, planned_end) - date '1970-01-01', training
                    from projects.project where merged_into is null and entry_state = 'PUBLISHED' order by id""", (RowCallbackHandler) rs ->
                    builder.project(rs.getLong(1), rs.getString(2), MultilingualTextJson.read(rs.getString(3)), rs.getString(4),
                            rs.getString(5), day(rs, 6), day(rs, 7), rs.getBoolean(8)));
            jdbc.query("select project_id, iso2 from projects.recipient_country", (RowCallbackHandler) rs ->
                    builder.value("country", rs.getLong(1), rs.getString(2)));
            jdbc.query("select project_id, theme from projects.theme", (RowCallbackHandler) rs ->
                    builder.value("theme", rs.getLong(1), rs.getString(2)));
            jdbc.query("select project_id, name from projects.participant where role = 'FUNDING'", (RowCallbackHandler) rs ->
                    builder.value("funder", rs.getLong(1), rs.getString(2)));
        });
        var projects = builder.build();
        log.debug("Listed projects read: {} in {} ms", projects.size(), (System.nanoTime() - start) / 1_000_000);
        return new Kept(projects, countries, changes, asOf);
    }

    /** A date sent as days since 1970 (cheaper to read than a date for 100,000 rows). */
    private static LocalDate day(ResultSet rs, int column) throws SQLException {
        int day = rs.getInt(column);
        return rs.wasNull() ? null : LocalDate.ofEpochDay(day);
    }
}
