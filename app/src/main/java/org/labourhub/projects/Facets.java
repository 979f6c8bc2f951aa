package org.labourhub.projects;

import org.labourhub.directory.Directory;
import org.labourhub.platform.i18n.Language;
import org.labourhub.platform.i18n.MultilingualText;
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
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The facets of the project list: the {@link ListedProjects} read from the database once and kept in memory until
 * a write (or for 30 s at most), and the counts of a search's matches labelled and ordered for a reader.
 */
@Component
class Facets {

    private static final Logger log = LoggerFactory.getLogger(Facets.class);
    static final List<String> NAMES = List.of("country", "theme", "funder", "status", "modality", "year");
    private static final int MAX_VALUES = 30;
    private static final int MAX_YEARS = 40;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate snapshot;
    private final Directory directory;

    /** What is kept: the listed projects and the country names they were labelled with, read together. */
    private record Listed(ListedProjects projects, Map<String, MultilingualText> countries) {
    }

    private final RecentSearches<Boolean, Listed> listed = new RecentSearches<>(1);

    Facets(JdbcTemplate jdbc, PlatformTransactionManager transactions, Directory directory) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.snapshot = new TransactionTemplate(transactions);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        snapshot.setReadOnly(true);
    }

    ListedProjects listed() {
        return kept().projects();
    }

    /** Every facet counted over the matches, values unlabelled and in no order. */
    List<Facet> count(long[] matched) {
        return listed().count(matched, LocalDate.now().getYear());
    }

    /** The counts for a reader: countries named in the reader's language, most frequent first, years latest first. */
    List<Facet> label(List<Facet> counted, Language language) {
        Map<String, MultilingualText> countries = kept().countries();
        return NAMES.stream().map(name -> {
            List<Facet.Value> values = counted.stream().filter(f -> f.name().equals(name)).findFirst().map(Facet::values).orElse(List.of());
            if (name.equals("year")) {
                return new Facet(name, values.stream().sorted(Comparator.comparing(Facet.Value::value).reversed()).limit(MAX_YEARS).toList());
            }
            return new Facet(name, values.stream()
                    .map(v -> name.equals("country") && countries.containsKey(v.value())
                            ? new Facet.Value(v.value(), countries.get(v.value()).in(language), v.count()) : v)
                    .sorted(Comparator.comparingLong(Facet.Value::count).reversed().thenComparing(Facet.Value::label))
                    .limit(MAX_VALUES).toList());
        }).toList();
    }

    void forget() {
        listed.clear();
    }

    private Listed kept() {
        return listed.get(Boolean.TRUE, this::read);
    }

    /** Reads every listed project and its facet values as of one moment (a few hundred ms for 100,000 projects). */
    private Listed read() {
        long start = System.nanoTime();
        // country names are read before the projects: a query's connection is held while its rows are read, and
        // asking for a second connection from inside would deadlock the pool under load
        Map<String, MultilingualText> countries = directory.countries().stream()
                .collect(Collectors.toUnmodifiableMap(c -> c.iso2(), c -> c.name()));
        var builder = new ListedProjects.Builder();
        snapshot.executeWithoutResult(status -> {
            jdbc.query("""
                    select id, status, modality, coalesce(actual_start, planned_start) - date '1970-01-01',
                           coalesce(actual_end, planned_end) - date '1970-01-01'
                    from projects.project where merged_into is null and entry_state = 'PUBLISHED' order by id""", (RowCallbackHandler) rs ->
                    builder.project(rs.getLong(1), rs.getString(2), rs.getString(3), day(rs, 4), day(rs, 5)));
            jdbc.query("select project_id, iso2 from projects.recipient_country", (RowCallbackHandler) rs ->
                    builder.value("country", rs.getLong(1), rs.getString(2)));
            jdbc.query("select project_id, theme from projects.theme", (RowCallbackHandler) rs ->
                    builder.value("theme", rs.getLong(1), rs.getString(2)));
            jdbc.query("select project_id, name from projects.participant where role = 'FUNDING'", (RowCallbackHandler) rs ->
                    builder.value("funder", rs.getLong(1), rs.getString(2)));
        });
        var projects = builder.build();
        log.debug("Listed projects read: {} in {} ms", projects.size(), (System.nanoTime() - start) / 1_000_000);
        return new Listed(projects, countries);
    }

    /** A date sent as days since 1970 (cheaper to read than a date for 100,000 rows). */
    private static LocalDate day(ResultSet rs, int column) throws SQLException {
        int day = rs.getInt(column);
        return rs.wasNull() ? null : LocalDate.ofEpochDay(day);
    }
}
