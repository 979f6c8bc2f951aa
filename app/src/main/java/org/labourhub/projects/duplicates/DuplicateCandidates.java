package org.labourhub.projects.duplicates;

import org.labourhub.platform.i18n.Language;
import org.labourhub.platform.i18n.MultilingualText;
import org.labourhub.platform.i18n.MultilingualTextJson;
import org.labourhub.projects.SearchWords;
import org.labourhub.projects.monitoring.RegistryFigures;
import org.labourhub.projects.search.TitleTrigrams;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Finds pairs of published projects from different sources that may describe the same project. Pairs are found
 * by trigram similarity of their titles (all languages, accents folded; at least pg_trgm's default threshold, 0.3) or
 * a shared acronym in brackets, then scored: title 50 %, countries 20 %, funders 15 %, dates 15 %. Pairs already
 * declared distinct are left out, and so are the fictional training projects (no real record duplicates them).
 *
 * <p>Only projects that share a recipient country or an acronym, and come from different sources, are compared
 * (blocking): comparing every project with every other would take hours at 100,000 projects. Even so a registry of
 * that size gives over a hundred thousand such pairs, so the titles' trigrams are taken once per project here
 * ({@link TitleTrigrams}, as pg_trgm takes them) rather than by the database for every pair; the database then scores
 * the pairs that pass.
 *
 * <p>The scored pairs are kept until the registry changes ({@link RegistryFigures}). A pair declared distinct
 * meanwhile is left out as the kept pairs are read, so reviewing pair after pair costs one scan.
 */
@Component
public class DuplicateCandidates {

    /** How many of the best pairs are kept: far more than a review screen shows. */
    static final int KEPT = 1_000;

    /** pg_trgm's default similarity threshold, the one its {@code %} operator applies. */
    static final double TITLE_THRESHOLD = 0.3;

    private static final Pattern ACRONYM = Pattern.compile("\\(([a-z0-9-]{3,})\\)");

    private static final String PROJECTS = """
            select p.id, p.title::text, coalesce(v.sources, ''), coalesce(c.countries, '{}')
            from projects.project p
            left join (select project_id, string_agg(distinct source, ', ') as sources
                       from projects.provenance group by project_id) v on v.project_id = p.id
            left join (select project_id, array_agg(iso2::text) as countries
                       from projects.recipient_country group by project_id) c on c.project_id = p.id
            where p.merged_into is null and p.entry_state = 'PUBLISHED' and not p.training""";

    private static final String SCORED = """
            with pairs as (
                select k.id, k.b_id, k.t, k.sources, k.b_sources, a.title, b.title as b_title,
                       coalesce(a.actual_start, a.planned_start) as s, coalesce(a.actual_end, a.planned_end) as e,
                       coalesce(b.actual_start, b.planned_start) as b_s, coalesce(b.actual_end, b.planned_end) as b_e
                from unnest(?::bigint[], ?::bigint[], ?::float8[], ?::text[], ?::text[]) as k(id, b_id, t, sources, b_sources)
                join projects.project a on a.id = k.id
                join projects.project b on b.id = k.b_id),
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
    private final RegistryFigures kept;

    DuplicateCandidates(JdbcTemplate jdbc, RegistryFigures kept) {
        this.jdbc = jdbc;
        this.kept = kept;
    }

    /** A scored pair, its titles in every language they have. */
    private record Scored(long firstId, MultilingualText firstTitle, String firstSources, long secondId,
                          MultilingualText secondTitle, String secondSources, int score, int title, int countries,
                          int dates, int funders) {

        DuplicateCandidate in(Language language) {
            return new DuplicateCandidate(firstId, firstTitle.in(language), DuplicateCandidate.sources(firstSources), secondId,
                    secondTitle.in(language), DuplicateCandidate.sources(secondSources), score, title, countries, dates, funders);
        }
    }

    /** The best {@code limit} pairs not declared distinct, titles in the language (or their original). */
    public List<DuplicateCandidate> top(int limit, Language language) {
        List<Scored> scored = kept.get("duplicate candidates", this::scan);
        Set<Pair> distinct = new HashSet<>();
        jdbc.query("select first_id, second_id from projects.distinct_pair",
                rs -> { distinct.add(new Pair(rs.getLong(1), rs.getLong(2))); });
        return scored.stream()
                .filter(p -> !distinct.contains(new Pair(Math.min(p.firstId(), p.secondId()), Math.max(p.firstId(), p.secondId()))))
                .limit(limit)
                .map(p -> p.in(language))
                .toList();
    }

    /** Every pair that passes, scored, best first (the first {@link #KEPT}). */
    private List<Scored> scan() {
        List<Live> live = jdbc.query(PROJECTS, (rs, n) -> Live.of(rs.getLong(1), MultilingualTextJson.read(rs.getString(2)),
                rs.getString(3), (String[]) rs.getArray(4).getArray()));
        List<Pair> pairs = candidatePairs(live);
        Map<Long, Live> byId = new HashMap<>();
        live.forEach(p -> byId.put(p.id, p));
        var ids = new ArrayList<Long>();
        var otherIds = new ArrayList<Long>();
        var titles = new ArrayList<Double>();
        var sources = new ArrayList<String>();
        var otherSources = new ArrayList<String>();
        for (Pair candidate : pairs) {
            Live a = byId.get(candidate.low());
            Live b = byId.get(candidate.high());
            boolean sharedAcronym = !Collections.disjoint(a.acronyms, b.acronyms);
            double title = sharedAcronym ? 1.0 : TitleTrigrams.similarity(a.trigrams(), b.trigrams());
            if (sharedAcronym || title >= TITLE_THRESHOLD) {
                ids.add(a.id);
                otherIds.add(b.id);
                titles.add(title);
                sources.add(a.sources);
                otherSources.add(b.sources);
            }
        }
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.query(SCORED, (rs, n) -> new Scored(rs.getLong(1), MultilingualTextJson.read(rs.getString(2)),
                rs.getString(3), rs.getLong(4), MultilingualTextJson.read(rs.getString(5)), rs.getString(6), rs.getInt(7),
                rs.getInt(8), rs.getInt(9), rs.getInt(10), rs.getInt(11)), ids.toArray(Long[]::new), otherIds.toArray(Long[]::new),
                titles.toArray(Double[]::new), sources.toArray(String[]::new), otherSources.toArray(String[]::new), KEPT);
    }

    /**
     * The pairs (lower id first) of projects from different sources that share a block: a recipient country or an
     * acronym. Within a block, projects are grouped by their sources, and each group meets every group after it.
     */
    private static List<Pair> candidatePairs(List<Live> live) {
        Map<String, TreeMap<String, List<Long>>> blocks = new HashMap<>();
        for (Live p : live) {
            for (String country : p.countries) {
                blocks.computeIfAbsent(country, k -> new TreeMap<>()).computeIfAbsent(p.sources, k -> new ArrayList<>()).add(p.id);
            }
            for (String acronym : p.acronyms) {
                blocks.computeIfAbsent("(" + acronym + ")", k -> new TreeMap<>()).computeIfAbsent(p.sources, k -> new ArrayList<>()).add(p.id);
            }
        }
        Set<Pair> seen = new HashSet<>();
        List<Pair> pairs = new ArrayList<>();
        for (TreeMap<String, List<Long>> bySources : blocks.values()) {
            List<List<Long>> groups = new ArrayList<>(bySources.values());
            for (int g = 0; g < groups.size(); g++) {
                for (int h = g + 1; h < groups.size(); h++) {
                    for (long x : groups.get(g)) {
                        for (long y : groups.get(h)) {
                            var pair = new Pair(Math.min(x, y), Math.max(x, y));
                            if (seen.add(pair)) {
                                pairs.add(pair);
                            }
                        }
                    }
                }
            }
        }
        return pairs;
    }

    /** Two projects' ids, the lower first. */
    private record Pair(long low, long high) {
    }

    /** A published project as the comparison needs it; its title's trigrams are taken when first needed. */
    private static final class Live {
        final long id;
        final String plain;
        final String sources;
        final List<String> countries;
        final Set<String> acronyms;
        private long[] trigrams;

        private Live(long id, String plain, String sources, List<String> countries, Set<String> acronyms) {
            this.id = id;
            this.plain = plain;
            this.sources = sources;
            this.countries = countries;
            this.acronyms = acronyms;
        }

        static Live of(long id, MultilingualText title, String sources, String[] countries) {
            var parts = new ArrayList<String>();
            for (Language language : new Language[]{Language.ES, Language.EN, Language.FR, Language.PT}) {
                String text = title.translations().get(language);
                if (text != null) {
                    parts.add(text);
                }
            }
            String plain = SearchWords.folded(String.join(" ", parts));
            Set<String> acronyms = new HashSet<>();
            ACRONYM.matcher(plain).results().forEach(m -> acronyms.add(m.group(1)));
            return new Live(id, plain, sources, Arrays.asList(countries), acronyms);
        }

        long[] trigrams() {
            if (trigrams == null) {
                trigrams = TitleTrigrams.of(plain);
            }
            return trigrams;
        }
    }
}
