package org.labourhub.projects;

import org.labourhub.directory.Directory;
import org.labourhub.platform.i18n.Language;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts per facet value over the projects matching a query, in one query that evaluates the match once. The counts
 * of the unfiltered list (the page most readers land on) are kept for a short while.
 */
@Component
class Facets {

    static final List<String> NAMES = List.of("country", "theme", "funder", "status", "modality", "year");
    private static final Duration KEEP_UNFILTERED = Duration.ofSeconds(30);
    private static final int MAX_VALUES = 30;
    private static final String COUNTS = """
            with m as materialized (
                select p.id, p.status, p.modality, extract(year from coalesce(p.actual_start, p.planned_start))::int as y0,
                       extract(year from coalesce(p.actual_end, p.planned_end, current_date))::int as y1
                from projects.project p where %s limit %d)
            select 'country', x.iso2, count(*) from projects.recipient_country x join m on m.id = x.project_id group by 2
            union all select 'theme', x.theme, count(*) from projects.theme x join m on m.id = x.project_id group by 2
            union all select 'funder', x.name, count(distinct x.project_id) from projects.participant x join m on m.id = x.project_id
                      where x.role = 'FUNDING' group by 2
            union all select 'status', m.status, count(*) from m where m.status is not null group by 2
            union all select 'modality', m.modality, count(*) from m where m.modality is not null group by 2
            union all select 'year', y::text, count(*) from m, generate_series(m.y0, least(m.y1, m.y0 + 30)) y
                      where m.y0 is not null group by 2""";

    private final JdbcTemplate jdbc;
    private final Directory directory;
    private final Map<Language, Snapshot> unfiltered = new ConcurrentHashMap<>();

    private record Snapshot(List<Facet> facets, long at) {
    }

    /** Counts do not depend on the page: every page of a query (and its total) shares one count. */
    private record Key(ProjectQuery query, Language language, boolean fuzzy) {
    }

    private final RecentSearches<Key, List<Facet>> counted = new RecentSearches<>(2_000);

    Facets(JdbcTemplate jdbc, Directory directory) {
        this.jdbc = jdbc;
        this.directory = directory;
    }

    List<Facet> of(ProjectQuery query, Language language, boolean fuzzy) {
        if (!query.isEmpty()) {
            ProjectQuery firstPage = query.onPage(0);
            return counted.get(new Key(firstPage, language, fuzzy), () -> count(firstPage, language, fuzzy));
        }
        Snapshot snapshot = unfiltered.get(language);
        if (snapshot == null || System.nanoTime() - snapshot.at() > KEEP_UNFILTERED.toNanos()) {
            snapshot = new Snapshot(count(query, language, false), System.nanoTime());
            unfiltered.put(language, snapshot);
        }
        return snapshot.facets();
    }

    void forget() {
        unfiltered.clear();
        counted.clear();
    }

    private List<Facet> count(ProjectQuery query, Language language, boolean fuzzy) {
        var c = query.condition(fuzzy);
        Map<String, List<Facet.Value>> byName = new LinkedHashMap<>();
        NAMES.forEach(name -> byName.put(name, new ArrayList<>()));
        // country names are read before the facet query: a query's connection is held while its rows are read, and
        // asking for a second connection from inside would deadlock the pool under load
        Map<String, String> countries = new HashMap<>();
        directory.countries().forEach(country -> countries.put(country.iso2(), country.name().in(language)));
        jdbc.query(COUNTS.formatted(c.sql(), ProjectSearch.MAX_MATCHES + 1), rs -> {
            String name = rs.getString(1);
            String value = rs.getString(2);
            byName.get(name).add(new Facet.Value(value, name.equals("country") ? countries.getOrDefault(value, value) : value, rs.getLong(3)));
        }, c.params().toArray());
        var facets = new ArrayList<Facet>();
        byName.forEach((name, values) -> {
            Comparator<Facet.Value> order = name.equals("year") ? Comparator.comparing(Facet.Value::value).reversed()
                    : Comparator.comparingLong(Facet.Value::count).reversed().thenComparing(Facet.Value::label);
            facets.add(new Facet(name, values.stream().sorted(order).limit(name.equals("year") ? 40 : MAX_VALUES).toList()));
        });
        return facets;
    }
}
