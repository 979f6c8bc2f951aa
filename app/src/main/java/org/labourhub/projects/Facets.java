package org.labourhub.projects;

import org.labourhub.directory.Directory;
import org.labourhub.platform.i18n.Language;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts per facet value over the projects matching a query. The counts of the unfiltered list (the page most
 * readers land on) are kept for a short while, as they are the most expensive and change only with imports.
 */
@Component
class Facets {

    private static final Duration KEEP_UNFILTERED = Duration.ofSeconds(30);
    private static final int MAX_VALUES = 30;

    private final JdbcTemplate jdbc;
    private final Directory directory;
    private final Map<Language, Snapshot> unfiltered = new ConcurrentHashMap<>();

    private record Snapshot(List<Facet> facets, long at) {
    }

    Facets(JdbcTemplate jdbc, Directory directory) {
        this.jdbc = jdbc;
        this.directory = directory;
    }

    List<Facet> of(ProjectQuery query, Language language) {
        if (!query.isEmpty()) {
            return count(query, language);
        }
        Snapshot snapshot = unfiltered.get(language);
        if (snapshot == null || System.nanoTime() - snapshot.at() > KEEP_UNFILTERED.toNanos()) {
            snapshot = new Snapshot(count(query, language), System.nanoTime());
            unfiltered.put(language, snapshot);
        }
        return snapshot.facets();
    }

    void forget() {
        unfiltered.clear();
    }

    private List<Facet> count(ProjectQuery query, Language language) {
        var c = query.condition();
        Map<String, String> countries = new java.util.HashMap<>();
        directory.countries().forEach(country -> countries.put(country.iso2(), country.name().in(language)));
        String matching = "select p.id from projects.project p where " + c.sql();
        return List.of(
                facet("country", "select x.iso2, count(*) from projects.recipient_country x where x.project_id in (" + matching + ") group by 1 order by 2 desc, 1 limit " + MAX_VALUES, c, code -> countries.getOrDefault(code, code)),
                facet("theme", "select x.theme, count(*) from projects.theme x where x.project_id in (" + matching + ") group by 1 order by 2 desc, 1", c, code -> code),
                facet("funder", "select x.name, count(distinct x.project_id) from projects.participant x where x.role = 'FUNDING' and x.project_id in (" + matching + ") group by 1 order by 2 desc, 1 limit " + MAX_VALUES, c, code -> code),
                facet("status", "select p.status, count(*) from projects.project p where " + c.sql() + " group by 1 order by 2 desc", c, code -> code),
                facet("modality", "select p.modality, count(*) from projects.project p where p.modality is not null and " + c.sql() + " group by 1 order by 2 desc", c, code -> code),
                facet("year", """
                        select y::text, count(*) from projects.project p,
                          generate_series(extract(year from coalesce(p.actual_start, p.planned_start))::int,
                                          least(extract(year from coalesce(p.actual_end, p.planned_end, current_date))::int,
                                                extract(year from coalesce(p.actual_start, p.planned_start))::int + 30)) y
                        where coalesce(p.actual_start, p.planned_start) is not null and %s
                        group by 1 order by 1 desc limit 40""".formatted(c.sql()), c, code -> code));
    }

    private Facet facet(String name, String sql, ProjectQuery.Condition c, java.util.function.UnaryOperator<String> label) {
        var values = jdbc.query(sql, (rs, n) -> new Facet.Value(rs.getString(1), label.apply(rs.getString(1)), rs.getLong(2)),
                c.params().toArray());
        return new Facet(name, values);
    }
}
