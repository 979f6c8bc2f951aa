package org.labourhub.projects;

import org.labourhub.platform.i18n.Language;
import org.labourhub.platform.i18n.MultilingualTextJson;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Finds pairs of published projects from different sources that may describe the same project. Pairs are found
 * by trigram similarity of their titles (all languages, accents folded) or a shared acronym in brackets, then
 * scored: title 50 %, countries 20 %, funders 15 %, dates 15 %. Pairs already declared distinct are left out.
 * Only projects that share a recipient country or an acronym, and come from different sources, are compared
 * (blocking): comparing every project with every other would take hours at 100,000 projects.
 */
@Component
class DuplicateCandidates {

    private static final String SQL = """
            with live as (
                select p.id, p.title, coalesce(p.actual_start, p.planned_start) as s, coalesce(p.actual_end, p.planned_end) as e,
                       lower(public.unaccent(concat_ws(' ', p.title->>'es', p.title->>'en', p.title->>'fr', p.title->>'pt'))) as plain,
                       coalesce((select string_agg(distinct v.source, ', ') from projects.provenance v where v.project_id = p.id), '') as sources
                from projects.project p where p.merged_into is null and p.entry_state = 'PUBLISHED'),
            named as (
                select live.*, array(select m[1] from regexp_matches(plain, '\\(([a-z0-9-]{3,})\\)', 'g') m) as acronyms from live),
            keys as (
                select n.id, n.sources, c.iso2::text as key from named n join projects.recipient_country c on c.project_id = n.id
                union
                select n.id, n.sources, '(' || a || ')' from named n, unnest(n.acronyms) a),
            blocks as (select key, sources, array_agg(id) as ids from keys group by key, sources),
            candidates as (
                select distinct least(x, y) as a_id, greatest(x, y) as b_id
                from blocks g join blocks h on h.key = g.key and h.sources > g.sources, unnest(g.ids) x, unnest(h.ids) y),
            pairs as (
                select a.*, b.id as b_id, b.title as b_title, b.sources as b_sources, b.s as b_s, b.e as b_e,
                       case when a.acronyms && b.acronyms then 1.0 else similarity(a.plain, b.plain) end as t
                from candidates k join named a on a.id = k.a_id join named b on b.id = k.b_id
                where (a.plain %% b.plain or a.acronyms && b.acronyms)
                  and not exists (select 1 from projects.distinct_pair d where d.first_id = a.id and d.second_id = b.id)),
            scored as (
                select pairs.*,
                       coalesce((select count(*) filter (where c.iso2 in (select iso2 from projects.recipient_country where project_id = pairs.b_id))::numeric
                                 / nullif(count(*), 0) from projects.recipient_country c where c.project_id = pairs.id), 0) as c,
                       coalesce((select count(*) filter (where f.name in (select name from projects.participant where project_id = pairs.b_id and role = 'FUNDING'))::numeric
                                 / nullif(count(*), 0) from projects.participant f where f.project_id = pairs.id and f.role = 'FUNDING'), 0) as f,
                       case when s is null or b_s is null then 0.5
                            when daterange(s, coalesce(e, 'infinity'::date)) && daterange(b_s, coalesce(b_e, 'infinity'::date)) then 1.0
                            else 0 end as d
                from pairs)
            select id, title::text, nullif(sources, ''), b_id, b_title::text, nullif(b_sources, ''),
                   round(100 * (0.5 * t + 0.2 * c + 0.15 * f + 0.15 * d))::int as score,
                   round(100 * t)::int, round(100 * c)::int, round(100 * d)::int, round(100 * f)::int
            from scored order by score desc, id limit ?""";

    private final JdbcTemplate jdbc;

    DuplicateCandidates(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<DuplicateCandidate> top(int limit, Language language) {
        return jdbc.query(SQL.replace("%%", "%"), (rs, n) -> new DuplicateCandidate(rs.getLong(1),
                MultilingualTextJson.read(rs.getString(2)).in(language), rs.getString(3), rs.getLong(4),
                MultilingualTextJson.read(rs.getString(5)).in(language), rs.getString(6), rs.getInt(7), rs.getInt(8),
                rs.getInt(9), rs.getInt(10), rs.getInt(11)), limit);
    }
}
