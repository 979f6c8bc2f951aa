package org.labourhub.riskmaps.results;

import org.apache.pdfbox.Loader;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.labourhub.IntegrationTest;
import org.labourhub.accounts.Role;
import org.labourhub.accounts.SignedIn;
import org.labourhub.platform.Constituency;
import org.labourhub.riskmaps.Datasets;
import org.labourhub.riskmaps.ModelRun;
import org.labourhub.riskmaps.ModelRuns;
import org.labourhub.riskmaps.RiskmapsJson;
import org.labourhub.riskmaps.RunState;
import org.labourhub.riskmaps.RunVisibility;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A finished run's pages, downloads and API, as the runner, the country's workers' focal point, a focal point of
 * another country, an anonymous reader and the secretariat see them before and after it is shared and published.
 */
@IntegrationTest
@AutoConfigureMockMvc
class RunResultsTest {

    static final RequestPostProcessor RUNNER = SignedIn.focalPoint("runner.pe", "PE", Constituency.GOVERNMENT);
    static final RequestPostProcessor WORKERS_PE = SignedIn.focalPoint("workers.pe", "PE", Constituency.WORKERS);
    static final RequestPostProcessor FOCAL_GT = SignedIn.focalPoint("focal.gt", "GT", Constituency.WORKERS);
    static final RequestPostProcessor SECRETARIAT = SignedIn.as("secretariat.results", Role.SECRETARIAT);
    static final List<String> LANGUAGES = List.of("es", "en", "fr", "pt");

    @Autowired
    MockMvc mvc;
    @Autowired
    ModelRuns runs;
    @Autowired
    Datasets datasets;
    @Autowired
    JdbcClient jdbc;

    ModelRun run;

    @BeforeEach
    void aPrivateRunOfPeru() {
        run = new ResultsFixture(runs, datasets, jdbc).peru("Mapa de riesgo Perú " + System.nanoTime(), "runner.pe");
    }

    List<String> pages() {
        String r = "/riskmaps/runs/" + run.id();
        return List.of(r, r + "/harmonisation", r + "/model", r + "/direct", r + "/territories", r + "/map",
                r + "/map.geojson", r + "/territories/PE-LIM", r + "/territories/PE-LIM/fiche.pdf", r + "/fiches.pdf",
                r + "/territories.csv", r + "/territories.xlsx", r + "/territories.geojson",
                "/api/riskmaps/runs/" + run.id(), "/api/riskmaps/runs/" + run.id() + "/territories",
                "/api/riskmaps/runs/" + run.id() + "/territories.geojson",
                "/riskmaps/compare?a=" + run.id() + "&b=" + run.id());
    }

    @Test
    void aPrivateRunIsNotFoundForAnyoneButItsRunnerAndTheSecretariatAndLeftOutOfEveryList() throws Exception {
        for (RequestPostProcessor outsider : List.of(anonymous(), WORKERS_PE, FOCAL_GT)) {
            for (String page : pages()) {
                mvc.perform(get(page).with(outsider)).andExpect(status().isNotFound());
            }
            assertLeftOut(outsider);
        }
        for (RequestPostProcessor insider : List.of(RUNNER, SECRETARIAT)) {
            for (String page : pages()) {
                mvc.perform(get(page).with(insider)).andExpect(status().isOk());
            }
            assertThat(body("/riskmaps", insider)).contains(run.title());
            assertThat(body("/api/riskmaps/runs", insider)).contains(run.title());
        }
    }

    @Test
    void sharingShowsTheRunToTheCountrysFocalPointsOnlyAndPublishingToEveryone() throws Exception {
        post(RUNNER, RunVisibility.SHARED, run.version()).andExpect(status().is3xxRedirection());
        for (String page : pages()) {
            mvc.perform(get(page).with(WORKERS_PE)).andExpect(status().isOk());
            mvc.perform(get(page).with(FOCAL_GT)).andExpect(status().isNotFound());
            mvc.perform(get(page).with(anonymous())).andExpect(status().isNotFound());
        }
        assertThat(body("/riskmaps", WORKERS_PE)).contains(run.title());
        assertLeftOut(FOCAL_GT);
        assertLeftOut(anonymous());

        post(WORKERS_PE, RunVisibility.PUBLISHED, current().version()).andExpect(status().isForbidden());
        post(RUNNER, RunVisibility.PUBLISHED, current().version()).andExpect(status().isForbidden());
        post(SECRETARIAT, RunVisibility.PUBLISHED, current().version()).andExpect(status().is3xxRedirection());
        assertThat(current().visibility()).isEqualTo(RunVisibility.PUBLISHED);
        for (String page : pages()) {
            mvc.perform(get(page).with(anonymous())).andExpect(status().isOk());
        }
        post(SECRETARIAT, RunVisibility.SHARED, current().version()).andExpect(status().is3xxRedirection());
        mvc.perform(get("/riskmaps/runs/" + run.id()).with(anonymous())).andExpect(status().isNotFound());
    }

    @Test
    void aStaleVersionChangesNothingAndSaysSo() throws Exception {
        String to = post(RUNNER, RunVisibility.SHARED, run.version() - 1).andReturn().getResponse().getRedirectedUrl();
        assertThat(to).endsWith("?conflict");
        assertThat(current().visibility()).isEqualTo(RunVisibility.PRIVATE);
        assertThat(body(to + "=&lang=es", RUNNER)).contains("Otra persona modificó");
    }

    @Test
    void everyPageReadsInTheReadersLanguageWithoutCodesOrNulls() throws Exception {
        String r = "/riskmaps/runs/" + run.id();
        for (String lang : LANGUAGES) {
            for (String page : List.of("/riskmaps", r, r + "/harmonisation", r + "/model", r + "/direct",
                    r + "/territories", r + "/map", r + "/territories/PE-LIM", "/riskmaps/compare",
                    "/riskmaps/compare?a=" + run.id() + "&b=" + run.id())) {
                String html = body(page + (page.contains("?") ? "&" : "?") + "lang=" + lang, RUNNER);
                assertThat(html).as(page + " in " + lang).doesNotContain("??").doesNotContainPattern("(?<![\\w-])null(?![\\w-])")
                        .doesNotContain("NATURAL_BREAKS").doesNotContain("FINISHED").doesNotContain("PRIVATE");
            }
        }
        assertThat(body(r + "/territories?lang=es", RUNNER)).contains("Junín (PE-JUN)").contains("20\u00a0%")
                .contains("Alto").contains("cortes naturales (Jenks)");
        assertThat(body(r + "/territories?lang=fr", RUNNER)).contains("Élevé");
        assertThat(body(r + "/model?lang=en", RUNNER)).contains("Baseline (a child with every reference category)")
                .contains("Age").doesNotContain("edad").contains("0.780");
        assertThat(body(r + "/model?lang=es", RUNNER)).contains("Edad").contains("0,780");
        assertThat(body(r + "/direct?lang=pt", RUNNER)).contains("Meninos").contains("10,5");
        assertThat(body(r + "/harmonisation?lang=en", RUNNER)).contains("Too far apart").contains("7.0 points");
        String fiche = body(r + "/territories/PE-LIM?lang=en", RUNNER);
        assertThat(fiche).contains("Lima (PE-LIM)").contains("Living in rural areas").contains("30%")
                .contains("Rural area").contains("Attends school").contains("10.0 points above")
                .doesNotContain("Indigenous").doesNotContain("Out of school");
        assertThat(body(r + "?lang=en", RUNNER)).contains("enaho.csv").contains("a".repeat(64))
                .contains("Children aged 5 to 17.").contains("natural breaks (Jenks)")
                .contains("1 territory of the run has no boundary").contains("PE-XXX").contains("Tacna (PE-TAC)")
                .contains("Share with the country");
        assertThat(body(r + "/map?lang=en", RUNNER)).contains("Levels by natural breaks (Jenks)")
                .contains("Low: up to 8%").contains("Medium: above 8%, up to 15%").contains("High: above 15%")
                .contains("No data").contains("Natural Earth");
    }

    @Test
    void theTableFiltersSortsAndSearchesOnTheServer() throws Exception {
        String r = "/riskmaps/runs/" + run.id() + "/territories";
        assertThat(body(r + "?level=3", RUNNER)).contains("PE-LIM").doesNotContain("PE-ARE");
        assertThat(body(r + "?q=junin", RUNNER)).contains("PE-JUN").doesNotContain("PE-LIM");
        assertThat(body(r + "?flagged=true", RUNNER)).contains("PE-LIM").contains("PE-XXX").doesNotContain("PE-CUS");
        String byName = body(r + "?sort=NAME", RUNNER);
        assertThat(byName.indexOf("Arequipa")).isLessThan(byName.indexOf("Cusco"));
        String descending = body(r + "?sort=RATE&desc=true", RUNNER);
        assertThat(descending.indexOf("PE-LIM")).isLessThan(descending.indexOf("PE-ARE"));
    }

    @Test
    void downloadsAreReadableCsvInBothEncodingsXlsxGeoJsonAndPdf() throws Exception {
        String r = "/riskmaps/runs/" + run.id();
        byte[] utf8 = bytes(r + "/territories.csv?lang=es", RUNNER);
        assertThat(utf8).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(utf8, StandardCharsets.UTF_8)).contains("\"Junín\"").contains("Territorio");
        byte[] windows = bytes(r + "/territories.csv?encoding=windows-1252&lang=es", RUNNER);
        assertThat(windows[0]).isNotEqualTo((byte) 0xEF);
        assertThat(new String(windows, Charset.forName("windows-1252"))).contains("\"Junín\"").contains("Niños y niñas");
        assertThat(new String(bytes(r + "/territories.csv?level=1", RUNNER), StandardCharsets.UTF_8))
                .contains("PE-XXX").doesNotContain("PE-LIM");

        try (var book = new XSSFWorkbook(new ByteArrayInputStream(bytes(r + "/territories.xlsx?lang=en", RUNNER)))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Territory");
            assertThat(sheet.getLastRowNum()).isEqualTo(5);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("PE-LIM");
            assertThat(sheet.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(20.0);
        }

        JsonNode geo = RiskmapsJson.JSON.readTree(bytes(r + "/territories.geojson", RUNNER));
        assertThat(geo.get("type").asString()).isEqualTo("FeatureCollection");
        assertThat(geo.get("features")).hasSize(5);
        assertThat(geo.toString()).doesNotContain("PE-XXX");
        JsonNode tacna = geo.get("features").get(4);
        assertThat(tacna.get("properties").get("hasData").asBoolean()).isFalse();
        JsonNode map = RiskmapsJson.JSON.readTree(bytes(r + "/map.geojson", RUNNER));
        assertThat(map.get("features").get(2).get("properties").get("n").asString()).isEqualTo("Junín");
        assertThat(map.get("features").get(2).get("properties").get("l").asInt()).isEqualTo(2);

        byte[] all = bytes(r + "/fiches.pdf?lang=fr", RUNNER);
        assertThat(new String(all, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        try (var pdf = Loader.loadPDF(all)) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(5);
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf)).contains("Junín (PE-JUN)")
                    .contains("Ce qui augmente le risque ici");
        }
        try (var pdf = Loader.loadPDF(bytes(r + "/territories/PE-JUN/fiche.pdf", RUNNER))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
        }
    }

    @Test
    void theApiGivesTheRunItsTerritoriesAndGeoJson() throws Exception {
        String api = "/api/riskmaps/runs/" + run.id();
        JsonNode summary = RiskmapsJson.JSON.readTree(bytes(api, RUNNER));
        assertThat(summary.get("state").asString()).isEqualTo("FINISHED");
        assertThat(summary.get("nationalRate").asDouble()).isEqualTo(0.10);
        JsonNode territories = RiskmapsJson.JSON.readTree(bytes(api + "/territories", RUNNER));
        assertThat(territories).hasSize(5);
        assertThat(territories.get(0).get("code").asString()).isEqualTo("PE-LIM");
        assertThat(territories.get(0).get("name").asString()).isEqualTo("Lima");
        assertThat(RiskmapsJson.JSON.readTree(bytes(api + "/territories.geojson", RUNNER)).get("features")).hasSize(5);
    }

    @Test
    void aRunStoppedAfterItsCheckShowsItsHarmonisationAndNothingElse() throws Exception {
        var fixture = new ResultsFixture(runs, datasets, jdbc);
        ModelRun checked = fixture.queued("PE", "Comprobación " + System.nanoTime(), "runner.pe");
        runs.end(checked.id(), RunState.CHECKED, null, List.of(), ResultsFixture.summary(List.of("PE-LIM")));
        String r = "/riskmaps/runs/" + checked.id();
        assertThat(body(r + "/harmonisation?lang=en", RUNNER)).contains("Too far apart")
                .contains("This run stopped after the harmonisation check");
        assertThat(body(r + "?lang=en", RUNNER)).contains("This run stopped after the harmonisation check");
        for (String page : List.of(r + "/territories", r + "/map", r + "/model", r + "/fiches.pdf")) {
            mvc.perform(get(page).with(RUNNER)).andExpect(status().isNotFound());
        }
        mvc.perform(get(r + "/harmonisation").with(WORKERS_PE)).andExpect(status().isNotFound());
    }

    @Test
    void twoRunsComparedListTheTerritoriesWhoseLevelChanged() throws Exception {
        var fixture = new ResultsFixture(runs, datasets, jdbc);
        ModelRun later = fixture.finished("PE", "Ronda posterior " + System.nanoTime(), "runner.pe", null,
                List.of("PE-XXX", "PE-ARE", "PE-JUN", "PE-CUS", "PE-LIM"), false);
        String html = body("/riskmaps/compare?a=" + run.id() + "&b=" + later.id() + "&lang=en", RUNNER);
        assertThat(html).contains("5 territories are in both runs: 2 went up a level and 2 went down.")
                .contains("PE-XXX").contains("High, 20%").contains("-15.0 points").doesNotContain("PE-JUN<");
        mvc.perform(get("/riskmaps/compare?a=" + run.id() + "&b=" + later.id()).with(WORKERS_PE))
                .andExpect(status().isNotFound());
    }

    private void assertLeftOut(RequestPostProcessor who) throws Exception {
        assertThat(body("/riskmaps", who)).doesNotContain(run.title());
        assertThat(body("/api/riskmaps/runs", who)).doesNotContain(run.title());
        assertThat(body("/riskmaps/compare", who)).doesNotContain(run.title());
    }

    private org.springframework.test.web.servlet.ResultActions post(RequestPostProcessor who, RunVisibility to, int version)
            throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/riskmaps/runs/{id}/visibility", run.id()).with(csrf()).with(who)
                .param("to", to.name()).param("version", Integer.toString(version)));
    }

    private ModelRun current() {
        return runs.find(run.id()).orElseThrow();
    }

    private String body(String url, RequestPostProcessor who) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(url).with(who)).andExpect(status().isOk()).andReturn().getResponse();
        response.setCharacterEncoding("UTF-8");
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private byte[] bytes(String url, RequestPostProcessor who) throws Exception {
        return mvc.perform(get(url).with(who)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }
}
