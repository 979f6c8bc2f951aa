package org.labourhub.projects.search;

import org.labourhub.platform.i18n.Language;
import org.labourhub.projects.ProjectsChanged;
import org.labourhub.projects.SearchWords;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The project list and its facets. Words are matched by PostgreSQL as full text (indexed, ranked); only when that
 * finds nothing are they corrected against the vocabulary ({@link SearchWords}) and matched again, so that a small
 * typo still finds the project without making every search pay for fuzzy matching. Everything else (lists without
 * words, the rows of any page, facet counts) is answered from the {@link ListedProjects} kept in memory.
 */
@Component
public class ProjectSearch {

    /** Beyond this many matches a search counts "more than" and ranks only these (the reader narrows with facets). */
    static final int MAX_MATCHES = 10_000;

    private final JdbcTemplate jdbc;
    private final Listing listing;
    private final Facets facets;
    private final SearchWords words;

    private record Key(ProjectQuery query, Language language) {
    }

    /** A page as kept: the page and, once a reader of the API asked for it, the page as JSON. */
    private static final class Kept {
        final Page page;
        volatile byte[] json;

        Kept(Page page) {
            this.page = page;
        }
    }

    private final RecentSearches<Key, Kept> recent = new RecentSearches<>(2_000);

    /**
     * A query's matches, best first (at most 80 kB), and their facet counts, shared by its pages; the counts are
     * labelled once per language.
     */
    private record Matches(long[] ordered, List<Facet> counts, Map<Language, List<Facet>> labelled) {
        Matches(long[] ordered, List<Facet> counts) {
            this(ordered, counts, new ConcurrentHashMap<>());
        }
    }

    private final RecentSearches<ProjectQuery, Matches> matches = new RecentSearches<>(200);
    private volatile ListedProjects readFrom;

    ProjectSearch(JdbcTemplate jdbc, Listing listing, Facets facets) {
        this.jdbc = jdbc;
        this.listing = listing;
        this.facets = facets;
        this.words = new SearchWords(jdbc);
    }

    /** A page of projects matching the query, how many match in all, and whether words matched only fuzzily. */
    record Page(List<ProjectRow> rows, long total, List<Facet> facets, boolean fuzzy) {
        /** Whether more projects match than a search counts (then the reader narrows the search with facets). */
        public boolean isCapped() {
            return total > MAX_MATCHES;
        }
    }

    Page find(ProjectQuery query, Language language) {
        return kept(query, language).page;
    }

    /** The same page as JSON, written once however many readers ask for it while it is kept. */
    byte[] json(ProjectQuery query, Language language, Function<Page, byte[]> write) {
        Kept kept = kept(query, language);
        byte[] json = kept.json;
        if (json == null) {
            json = write.apply(kept.page);
            kept.json = json;
        }
        return json;
    }

    private Kept kept(ProjectQuery query, Language language) {
        forgetIfReadAgain();
        return recent.get(new Key(query, language), () -> new Kept(search(query, language)));
    }

    /**
     * Results drawn from listed projects that were since read again (another node's write showed in the database's
     * statistics) are forgotten, so that a write elsewhere shows within about 30 s, as before they were kept.
     */
    private void forgetIfReadAgain() {
        ListedProjects now = listing.projects();
        if (now != readFrom) {
            readFrom = now;
            recent.clear();
            matches.clear();
        }
    }

    /**
     * Forgets the kept results when the registry changed, once the writing transaction has ended (committed or not):
     * forgetting at once would let a search running before the commit keep what it read. A change announced outside
     * any transaction is handled at once. Before the registry's figures, which are kept for one list of projects.
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMPLETION, fallbackExecution = true)
    @Order(1)
    void on(ProjectsChanged changed) {
        forget();
    }

    /** Forgets kept results at once; writers announce {@link ProjectsChanged} instead. */
    public void forget() {
        recent.clear();
        matches.clear();
        listing.forget();
    }

    private Page search(ProjectQuery query, Language language) {
        Matches exact = matches(query);
        Matches found = query.q() != null && exact.ordered().length == 0
                ? matches(query.withWords(words.corrected(query.q()))) : exact;
        List<Facet> counts = found.labelled().computeIfAbsent(language, l -> facets.label(found.counts(), l));
        return pageOf(query, language, found != exact, found.ordered(), counts);
    }

    /** The rows and total of a query without its facets (for the country profile). */
    Page rowsOnly(ProjectQuery query, Language language) {
        forgetIfReadAgain();
        return pageOf(query, language, false, matches(query).ordered(), List.of());
    }

    /**
     * The matches of a query do not depend on its page: they are found once per query and kept, so that turning
     * pages, or any other page of a query already asked, needs no query.
     */
    private Matches matches(ProjectQuery query) {
        ProjectQuery firstPage = query.onPage(0);
        return matches.get(firstPage, () -> {
            long[] ordered = firstPage.q() == null ? listing.projects().order(firstPage, MAX_MATCHES + 1) : order(firstPage);
            return new Matches(ordered, facets.count(ordered));
        });
    }

    /** Ids of the projects matching the query, best first (rank, then latest start, then newest). */
    private long[] order(ProjectQuery query) {
        var condition = query.condition();
        String rank = query.q() == null ? "0" : "ts_rank(p.search_document, websearch_to_tsquery('simple', public.unaccent(?)))";
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

    private Page pageOf(ProjectQuery query, Language language, boolean fuzzy, long[] ordered, List<Facet> counts) {
        int from = (int) Math.min((long) query.page() * ProjectQuery.PAGE_SIZE, ordered.length);
        long[] ids = Arrays.copyOfRange(ordered, from, Math.min(from + ProjectQuery.PAGE_SIZE, ordered.length));
        return new Page(listing.projects().rows(ids, language), ordered.length, counts, fuzzy);
    }

    /** Ids of every project matching the query (for exports), at most {@code limit}. */
    List<Long> ids(ProjectQuery query, int limit) {
        var condition = query.condition();
        return jdbc.queryForList("select p.id from projects.project p where " + condition.sql() + " order by p.id limit ?",
                Long.class, condition.paramsWith(limit));
    }
}
