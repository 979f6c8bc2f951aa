package org.labourhub.projects.search;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.labourhub.IntegrationTest;
import org.labourhub.accounts.Role;
import org.labourhub.accounts.SignedIn;
import org.labourhub.platform.i18n.Language;
import org.labourhub.platform.i18n.MultilingualTextJson;
import org.labourhub.platform.jobs.Jobs;
import org.labourhub.projects.ActivityStatus;
import org.labourhub.projects.Modality;
import org.labourhub.projects.ProjectReader;
import org.labourhub.projects.ProjectsChanged;
import org.labourhub.projects.Theme;
import org.labourhub.projects.importing.ImportJobs;
import org.labourhub.projects.importing.iati.IatiActivityReader;
import org.labourhub.projects.importing.iati.IatiSamples;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Finding imported projects by words in each of the four languages, accents folded, typos forgiven, and by facets. */
@IntegrationTest
@AutoConfigureMockMvc
class ProjectSearchTest {

    static final String ACTIVITY = IatiSamples.activity("XI-TEST-SEARCH-1", "Erradicación del trabajo infantil en la agricultura", "PE", "")
            .replace("<narrative xml:lang=\"en\">Project XI-TEST-SEARCH-1</narrative>",
                    "<narrative xml:lang=\"en\">Eradicating child labour in agriculture</narrative>"
                            + "<narrative xml:lang=\"fr\">Élimination du travail des enfants dans l'agriculture</narrative>"
                            + "<narrative xml:lang=\"pt\">Erradicação do trabalho infantil na agricultura</narrative>");

    /** A second project in Peru, which the tests of writes change and put back. */
    static final String SECOND = IatiSamples.activity("XI-TEST-SEARCH-2", "Diálogo social en Perú", "PE", "");

    @Autowired MockMvc mvc;
    @Autowired Jobs jobs;
    @Autowired ProjectSearch search;
    @Autowired Facets facets;
    @Autowired Listing listing;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transaction;

    @BeforeAll
    static void importOnce(@Autowired MockMvc mvc, @Autowired Jobs jobs) throws Exception {
        ImportJobs.upload(mvc, jobs, "/projects/import/iati", "search.xml", IatiSamples.file(ACTIVITY, SECOND), StandardCharsets.UTF_8);
    }

    @Test
    void wordsFindTheProjectInEachLanguageWithoutAccentsAndWithATypo() throws Exception {
        for (String words : new String[]{"erradicacion trabajo infantil", "child labour agriculture", "elimination travail enfants",
                "erradicação trabalho infantil", "agricultura", "trabajo infantl agricultura", "XI-TEST-SEARCH-1"}) {
            mvc.perform(get("/api/projects").param("q", words))
                    .andExpect(content().string(containsString("XI-TEST-SEARCH-1")));
        }
        mvc.perform(get("/api/projects").param("q", "zzqqxx unrelated"))
                .andExpect(content().string(not(containsString("XI-TEST-SEARCH-1"))));
    }

    @Test
    void facetsNarrowTheList() throws Exception {
        mvc.perform(get("/api/projects").param("country", "PE").param("theme", "CHILD_LABOUR").param("status", "IMPLEMENTATION")
                        .param("modality", "BILATERAL").param("year", "2021")
                        .param("funder", "Departamento de Trabajo de los Estados Unidos"))
                .andExpect(content().string(containsString("XI-TEST-SEARCH-1")));
        mvc.perform(get("/api/projects").param("country", "PE").param("year", "2030"))
                .andExpect(content().string(not(containsString("XI-TEST-SEARCH-1"))));
        mvc.perform(get("/api/projects").param("theme", "SKILLS").param("q", "agricultura"))
                .andExpect(content().string(not(containsString("XI-TEST-SEARCH-1"))));
    }

    @Test
    void theListPageShowsTitlesInTheReadersLanguageAndTheFacets() throws Exception {
        mvc.perform(get("/projects").param("q", "agricultura").locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Élimination du travail des enfants dans l&#39;agriculture")))
                .andExpect(content().string(containsString("Travail des enfants (")));
        mvc.perform(get("/projects").param("q", "agricultura").header("HX-Request", "true"))
                .andExpect(content().string(containsString("id=\"finder\"")))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void theProjectPageAndItsIatiFileRoundTrip() throws Exception {
        String list = mvc.perform(get("/api/projects").param("q", "XI-TEST-SEARCH-1")).andReturn().getResponse().getContentAsString();
        var id = list.replaceAll("(?s).*?\"id\":(\\d+).*", "$1");
        mvc.perform(get("/projects/" + id).locale(Locale.ENGLISH))
                .andExpect(content().string(containsString("Eradicating child labour in agriculture")))
                .andExpect(content().string(containsString("IATI file")));
        var xml = download(mvc, "/projects/" + id + "/iati.xml");
        var again = IatiActivityReader.readAll(new ByteArrayInputStream(xml));
        assertThat(again).hasSize(1);
        assertThat(again.get(0).problems()).isEmpty();
        assertThat(again.get(0).project().title().in(Locale.FRENCH)).startsWith("Élimination");
        var all = download(mvc, "/projects/iati.xml?country=PE");
        assertThat(IatiActivityReader.readAll(new ByteArrayInputStream(all))).extracting(a -> a.identifier()).contains("XI-TEST-SEARCH-1");
    }

    @Test
    void facetsAndListsKeptInMemoryEqualWhatTheDatabaseCounts() {
        search.forget(); // other tests write rows directly, without the forgetting a real write does
        var queries = List.of(ProjectQuery.all(), query("PE", null, null, null, null), query(null, Theme.CHILD_LABOUR, null, null, null),
                query(null, null, ActivityStatus.IMPLEMENTATION, null, null), query(null, null, null, Modality.BILATERAL, 2021),
                query("GT", null, null, null, 2020), new ProjectQuery(null, null, null, "Departamento de Trabajo de los Estados Unidos",
                        null, null, null, 0));
        for (ProjectQuery query : queries) {
            var condition = query.condition();
            List<Long> ordered = jdbc.queryForList(DATABASE_ORDER.formatted(condition.sql()), Long.class, condition.params().toArray());
            long[] kept = listing.projects().order(query, ProjectSearch.MAX_MATCHES + 1);
            assertThat(kept).as("order of %s", query).containsExactly(ordered.stream().mapToLong(Long::longValue).toArray());
            assertThat(counts(facets.count(kept))).as("facets of %s", query).isEqualTo(databaseCounts(condition));
            long[] page = Arrays.copyOf(kept, Math.min(kept.length, 60));
            for (Language language : Language.values()) {
                assertThat(listing.projects().rows(page, language)).as("rows of %s", query).isEqualTo(databaseRows(page, language));
            }
        }
        var words = new ProjectQuery("agricultura", null, null, null, null, null, null, 0);
        long[] matched = jdbc.queryForList("select p.id from projects.project p where " + words.condition().sql(), Long.class,
                words.condition().params().toArray()).stream().mapToLong(Long::longValue).toArray();
        assertThat(counts(facets.count(matched))).isEqualTo(databaseCounts(words.condition()));
    }

    @Test
    void aMergeAndItsUndoShowInTheListAtOnce() throws Exception {
        long first = idOf("XI-TEST-SEARCH-1");
        long second = idOf("XI-TEST-SEARCH-2");
        mvc.perform(get("/api/projects").param("country", "PE")).andExpect(content().string(containsString("\"iatiIdentifier\":\"XI-TEST-SEARCH-2\"")));
        mvc.perform(post("/projects/duplicates/merge").with(csrf()).with(SignedIn.as("secretariat", Role.SECRETARIAT))
                .param("keep", String.valueOf(first)).param("merge", String.valueOf(second))
                .param("keptVersion", String.valueOf(jdbc.queryForObject("select version from projects.project where id = ?", Integer.class, first)))
                .param("mergedVersion", String.valueOf(jdbc.queryForObject("select version from projects.project where id = ?", Integer.class, second))));
        mvc.perform(get("/api/projects").param("country", "PE")).andExpect(content().string(not(containsString("\"iatiIdentifier\":\"XI-TEST-SEARCH-2\""))));
        long merge = jdbc.queryForObject("select id from projects.merge where merged_id = ? and undone_at is null", Long.class, second);
        mvc.perform(post("/projects/merges/" + merge + "/undo").with(csrf()).with(SignedIn.as("secretariat", Role.SECRETARIAT)));
        mvc.perform(get("/api/projects").param("country", "PE")).andExpect(content().string(containsString("\"iatiIdentifier\":\"XI-TEST-SEARCH-2\"")));
    }

    @Autowired org.springframework.context.ApplicationEventPublisher events;

    @Test
    void aSearchRunWhileAWriteCommitsIsNotKeptPastTheCommit() throws Exception {
        var suspended = new ProjectQuery(null, "PE", null, null, ActivityStatus.SUSPENDED, null, null, 0);
        try {
            transaction.executeWithoutResult(status -> {
                jdbc.update("update projects.project set status = 'SUSPENDED' where iati_identifier = 'XI-TEST-SEARCH-2'");
                events.publishEvent(new ProjectsChanged()); // as every writer of projects does, inside its transaction
                // another reader, searching before the commit, reads the registry as it was (and would keep it)
                var before = CompletableFuture.supplyAsync(() -> search.find(suspended, Language.ES)).join();
                assertThat(before.rows()).extracting(ProjectRow::iatiIdentifier).doesNotContain("XI-TEST-SEARCH-2");
            });
            assertThat(search.find(suspended, Language.ES).rows()).extracting(ProjectRow::iatiIdentifier).contains("XI-TEST-SEARCH-2");
        } finally {
            jdbc.update("update projects.project set status = 'IMPLEMENTATION' where iati_identifier = 'XI-TEST-SEARCH-2'");
            search.forget();
        }
    }

    /** The list's order and facet counts as the database computes them (the search's SQL before they were kept in memory). */
    private static final String DATABASE_ORDER = """
            with matched as (select p.id, coalesce(p.actual_start, p.planned_start) as start from projects.project p where %s limit 10001)
            select id from matched order by start desc nulls last, id desc""";
    private static final String DATABASE_COUNTS = """
            with m as materialized (
                select p.id, p.status, p.modality, extract(year from coalesce(p.actual_start, p.planned_start))::int as y0,
                       extract(year from coalesce(p.actual_end, p.planned_end, current_date))::int as y1
                from projects.project p where %s limit 10001)
            select 'country', x.iso2, count(*) from projects.recipient_country x join m on m.id = x.project_id group by 2
            union all select 'theme', x.theme, count(*) from projects.theme x join m on m.id = x.project_id group by 2
            union all select 'funder', x.name, count(distinct x.project_id) from projects.participant x join m on m.id = x.project_id
                      where x.role = 'FUNDING' group by 2
            union all select 'status', m.status, count(*) from m where m.status is not null group by 2
            union all select 'modality', m.modality, count(*) from m where m.modality is not null group by 2
            union all select 'year', y::text, count(*) from m, generate_series(m.y0, least(m.y1, m.y0 + 30)) y
                      where m.y0 is not null group by 2""";

    /** The rows of a page as the database gives them (the search's SQL before they were kept in memory). */
    private List<ProjectRow> databaseRows(long[] ids, Language language) {
        Map<Long, ProjectRow> byId = new HashMap<>();
        jdbc.query("""
                select p.id, p.iati_identifier, p.title::text as title, p.status, coalesce(p.actual_start, p.planned_start) as start,
                       coalesce(p.actual_end, p.planned_end) as finish,
                       (select string_agg(c.iso2, ', ' order by c.iso2) from projects.recipient_country c where c.project_id = p.id) as countries,
                       (select string_agg(f.name, ', ' order by f.name) from projects.participant f where f.project_id = p.id and f.role = 'FUNDING') as funders,
                       p.training
                from projects.project p where p.id = any(?)""", (RowCallbackHandler) rs -> {
            var title = MultilingualTextJson.read(rs.getString("title"));
            byId.put(rs.getLong("id"), new ProjectRow(rs.getLong("id"), rs.getString("iati_identifier"), title.in(language),
                    title.translations().containsKey(language), ProjectReader.status(rs.getString("status")),
                    ProjectReader.date(rs, 5), ProjectReader.date(rs, 6), rs.getString("countries"), rs.getString("funders"),
                    rs.getBoolean("training")));
        }, (Object) Arrays.stream(ids).boxed().toArray(Long[]::new));
        return Arrays.stream(ids).mapToObj(byId::get).toList();
    }

    private Map<String, Map<String, Long>> databaseCounts(ProjectQuery.Condition condition) {
        Map<String, Map<String, Long>> counts = new HashMap<>();
        Facets.NAMES.forEach(name -> counts.put(name, new HashMap<>()));
        jdbc.query(DATABASE_COUNTS.formatted(condition.sql()), (RowCallbackHandler) rs ->
                counts.get(rs.getString(1)).put(rs.getString(2), rs.getLong(3)), condition.params().toArray());
        return counts;
    }

    private static Map<String, Map<String, Long>> counts(List<Facet> facets) {
        return facets.stream().collect(Collectors.toMap(Facet::name,
                f -> f.values().stream().collect(Collectors.toMap(Facet.Value::value, Facet.Value::count))));
    }

    private static ProjectQuery query(String country, Theme theme, ActivityStatus status, Modality modality, Integer year) {
        return new ProjectQuery(null, country, theme, null, status, modality, year, 0);
    }

    private long idOf(String identifier) {
        return jdbc.queryForObject("select id from projects.project where iati_identifier = ?", Long.class, identifier);
    }

    /** Fetches a streamed download through MockMvc's asynchronous dispatch. */
    static byte[] download(MockMvc mvc, String url) throws Exception {
        var started = mvc.perform(get(url)).andExpect(request().asyncStarted()).andReturn();
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch(started))
                .andReturn().getResponse().getContentAsByteArray();
    }
}
