package org.labourhub.projects;

import org.labourhub.platform.i18n.Language;
import org.labourhub.platform.i18n.MultilingualTextJson;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The project list and its facets, as plain SQL over the published, unmerged projects. Words are first matched as
 * full text (indexed, ranked); only when that finds nothing are they matched by trigram similarity, so that a
 * small typo still finds the project without making every search pay for fuzzy matching.
 */
@Component
class ProjectSearch {

    /** Beyond this many matches a search counts "more than" and ranks only these (the reader narrows with facets). */
    static final int MAX_MATCHES = 10_000;

    private final JdbcTemplate jdbc;
    private final Facets facets;
    private record Key(ProjectQuery query, Language language) {
    }

    private final RecentSearches<Key, Page> recent = new RecentSearches<>(2_000);

    /** The order of a query's matches, shared by its pages and languages (at most 80 kB each). */
    private record OrderKey(ProjectQuery firstPage, boolean fuzzy) {
    }

    private final RecentSearches<OrderKey, long[]> orders = new RecentSearches<>(200);

    ProjectSearch(JdbcTemplate jdbc, Facets facets) {
        this.jdbc = jdbc;
        this.facets = facets;
    }

    /** A page of projects matching the query, how many match in all, and whether words matched only fuzzily. */
    record Page(List<ProjectRow> rows, long total, List<Facet> facets, boolean fuzzy) {
        /** Whether more projects match than a search counts (then the reader narrows the search with facets). */
        public boolean isCapped() {
            return total > MAX_MATCHES;
        }
    }

    Page find(ProjectQuery query, Language language) {
        return recent.get(new Key(query, language), () -> search(query, language));
    }

    /** Forgets kept results, after any write that changes what a search returns. */
    void forget() {
        recent.clear();
        orders.clear();
        facets.forget();
    }

    private Page search(ProjectQuery query, Language language) {
        var page = rows(query, language, false);
        if (page.total() == 0 && query.q() != null) {
            page = rows(query, language, true);
        }
        return new Page(page.rows(), page.total(), facets.of(query, language, page.fuzzy()), page.fuzzy());
    }

    /** The rows and total of a query without its facets (for the country profile), read afresh. */
    Page rowsOnly(ProjectQuery query, Language language) {
        return pageOf(query, language, false, order(query.onPage(0), false));
    }

    /**
     * The rows of one page. The order of the matching projects (at most {@value #MAX_MATCHES} and one) does not depend
     * on the page: it is computed once per query and kept with the results, so that turning pages, or any other page
     * of a query already asked, reads only the twenty projects shown.
     */
    private Page rows(ProjectQuery query, Language language, boolean fuzzy) {
        ProjectQuery firstPage = query.onPage(0);
        return pageOf(query, language, fuzzy, orders.get(new OrderKey(firstPage, fuzzy), () -> order(firstPage, fuzzy)));
    }

    /** Ids of the projects matching the query, best first (rank, then latest start, then newest). */
    private long[] order(ProjectQuery query, boolean fuzzy) {
        var condition = query.condition(fuzzy);
        String rank = query.q() == null ? "0" : fuzzy ? "word_similarity(lower(public.unaccent(?)), p.search_plain)"
                : "ts_rank(p.search_document, websearch_to_tsquery('simple', public.unaccent(?)))";
        List<Object> params = new ArrayList<>();
        if (query.q() != null) {
            params.add(query.q());
        }
        params.addAll(condition.params());
        String sql = """
                with matched as (
                    select p.id, %s as rank, coalesce(p.actual_start, p.planned_start) as start
                    from projects.project p where %s limit %d)
                select id from matched order by rank desc, start desc nulls last, id desc""".formatted(rank, condition.sql(), MAX_MATCHES + 1);
        return jdbc.queryForList(sql, Long.class, params.toArray()).stream().mapToLong(Long::longValue).toArray();
    }

    private Page pageOf(ProjectQuery query, Language language, boolean fuzzy, long[] ordered) {
        long from = Math.min((long) query.page() * ProjectQuery.PAGE_SIZE, ordered.length);
        long[] ids = Arrays.copyOfRange(ordered, (int) from, (int) Math.min(from + ProjectQuery.PAGE_SIZE, ordered.length));
        if (ids.length == 0) {
            return new Page(List.of(), ordered.length, List.of(), fuzzy);
        }
        Map<Long, ProjectRow> byId = new HashMap<>();
        jdbc.query("""
                select p.id, p.iati_identifier, p.title::text as title, p.status, coalesce(p.actual_start, p.planned_start) as start,
                       coalesce(p.actual_end, p.planned_end) as finish,
                       (select string_agg(c.iso2, ', ' order by c.iso2) from projects.recipient_country c where c.project_id = p.id) as countries,
                       (select string_agg(f.name, ', ' order by f.name) from projects.participant f where f.project_id = p.id and f.role = 'FUNDING') as funders
                from projects.project p where p.id = any(?)""", rs -> {
            var title = MultilingualTextJson.read(rs.getString("title"));
            byId.put(rs.getLong("id"), new ProjectRow(rs.getLong("id"), rs.getString("iati_identifier"), title.in(language),
                    title.translations().containsKey(language), ProjectReader.status(rs.getString("status")),
                    ProjectReader.date(rs, 5), ProjectReader.date(rs, 6), rs.getString("countries"), rs.getString("funders")));
        }, (Object) Arrays.stream(ids).boxed().toArray(Long[]::new));
        List<ProjectRow> rows = Arrays.stream(ids).mapToObj(byId::get).filter(Objects::nonNull).toList();
        return new Page(rows, ordered.length, List.of(), fuzzy);
    }

    /** Ids of every project matching the query (for exports), at most {@code limit}. */
    List<Long> ids(ProjectQuery query, int limit) {
        var condition = query.condition(false);
        return jdbc.queryForList("select p.id from projects.project p where " + condition.sql() + " order by p.id limit ?",
                Long.class, condition.paramsWith(limit));
    }
}
