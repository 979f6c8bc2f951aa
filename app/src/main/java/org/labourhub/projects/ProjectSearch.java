package org.labourhub.projects;

import org.labourhub.platform.i18n.Language;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/** The project list and its facets, as plain SQL over the published, unmerged projects. */
@Component
class ProjectSearch {

    private final JdbcTemplate jdbc;
    private final Facets facets;

    ProjectSearch(JdbcTemplate jdbc, Facets facets) {
        this.jdbc = jdbc;
        this.facets = facets;
    }

    /** A page of projects matching the query, and how many match in all. */
    record Page(List<ProjectRow> rows, long total, List<Facet> facets) {
    }

    Page find(ProjectQuery query, Language language) {
        var condition = query.condition();
        String rank = query.q() == null ? "0"
                : "ts_rank(p.search_document, websearch_to_tsquery('simple', public.unaccent(?))) + similarity(lower(public.unaccent(?)), p.search_plain)";
        Object[] params = condition.paramsWith(ProjectQuery.PAGE_SIZE, query.page() * ProjectQuery.PAGE_SIZE);
        if (query.q() != null) {
            params = prepend(query.q(), query.q(), params);
        }
        String sql = """
                select p.id, p.iati_identifier, p.title::text as title, p.status,
                       coalesce(p.actual_start, p.planned_start) as start, coalesce(p.actual_end, p.planned_end) as finish,
                       (select string_agg(c.iso2, ', ' order by c.iso2) from projects.recipient_country c where c.project_id = p.id) as countries,
                       (select string_agg(f.name, ', ' order by f.name) from projects.participant f where f.project_id = p.id and f.role = 'FUNDING') as funders,
                       %s as rank, count(*) over () as total
                from projects.project p
                where %s
                order by rank desc, start desc nulls last, p.id desc
                limit ? offset ?""".formatted(rank, condition.sql());
        long[] total = {0};
        List<ProjectRow> rows = jdbc.query(sql, (rs, n) -> {
            total[0] = rs.getLong("total");
            var title = org.labourhub.platform.i18n.MultilingualTextJson.read(rs.getString("title"));
            return new ProjectRow(rs.getLong("id"), rs.getString("iati_identifier"), title.in(language),
                    title.translations().containsKey(language), ProjectReader.status(rs.getString("status")),
                    ProjectReader.date(rs, 5), ProjectReader.date(rs, 6), rs.getString("countries"), rs.getString("funders"));
        }, params);
        return new Page(rows, total[0], facets.of(query, language));
    }

    /** Ids of every project matching the query (for exports), in list order, at most {@code limit}. */
    List<Long> ids(ProjectQuery query, int limit) {
        var condition = query.condition();
        return jdbc.queryForList("select p.id from projects.project p where " + condition.sql() + " order by p.id limit ?",
                Long.class, condition.paramsWith(limit));
    }

    private static Object[] prepend(Object a, Object b, Object[] rest) {
        Object[] all = new Object[rest.length + 2];
        all[0] = a;
        all[1] = b;
        System.arraycopy(rest, 0, all, 2, rest.length);
        return all;
    }
}
