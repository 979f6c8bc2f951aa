package org.labourhub.riskmaps.flow;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.labourhub.IntegrationTest;
import org.labourhub.accounts.Role;
import org.labourhub.accounts.SignedIn;
import org.labourhub.platform.Constituency;
import org.labourhub.platform.jobs.Job;
import org.labourhub.platform.jobs.JobStatus;
import org.labourhub.platform.jobs.Jobs;
import org.labourhub.projects.importing.ImportJobs;
import org.labourhub.riskmaps.Dataset;
import org.labourhub.riskmaps.DatasetFormat;
import org.labourhub.riskmaps.Datasets;
import org.labourhub.riskmaps.ModelRun;
import org.labourhub.riskmaps.ModelRuns;
import org.labourhub.riskmaps.RunState;
import org.labourhub.riskmaps.RunVisibility;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The "done when", through the pages as people would use them: an analyst uploads a survey (CSV) and a census
 * (Stata, written by R), maps their variables, starts a run on the form, sees the map and the territory table, and
 * shares it; Peru's workers' focal point then sees it on every page and in the API while Guatemala's focal point and
 * the public do not, until the secretariat publishes it. And the bad inputs of the issue, each refused in words and
 * leaving nothing saved.
 */
@IntegrationTest
@AutoConfigureMockMvc
class RiskmapsFlowTest {

    static final RequestPostProcessor ANALYST = SignedIn.as("flow.analyst", Role.ANALYST);
    static final RequestPostProcessor PERU_WORKERS = SignedIn.focalPoint("flow.pe.workers", "PE", Constituency.WORKERS);
    static final RequestPostProcessor GUATEMALA = SignedIn.focalPoint("flow.gt", "GT", Constituency.GOVERNMENT);
    static final RequestPostProcessor SECRETARIAT = SignedIn.as("flow.secretariat", Role.SECRETARIAT);
    static final Locale ENGLISH = Locale.ENGLISH;

    @Autowired MockMvc mvc;
    @Autowired Jobs jobs;
    @Autowired Datasets datasets;
    @Autowired ModelRuns runs;
    @Autowired JdbcClient jdbc;

    @Test
    void anAnalystsSharedRunIsSeenByPerusWorkersAndNotByGuatemalaNorThePublicUntilPublished() throws Exception {
        Path population = PeruPopulation.files(jdbc);
        Path dta = PeruPopulation.stataCensus(population);
        Dataset survey = uploaded("SURVEY", "ENAHO flow", "enaho-2024.csv", Files.readAllBytes(population.resolve("survey.csv")));
        Dataset census = uploaded("CENSUS", "Censo flow", "censo-2017.dta", Files.readAllBytes(dta));
        assertThat(survey.rows()).isEqualTo(PeruPopulation.SURVEY_CHILDREN);
        assertThat(census.format()).isEqualTo(DatasetFormat.DTA);
        assertThat(census.rows()).isEqualTo(PeruPopulation.CENSUS_CHILDREN);
        assertThat(census.variable("sex").orElseThrow().valueLabels()).containsEntry("1", "Hombre");
        assertThat(census.variable("territory").orElseThrow().numeric()).isFalse();

        long surveyMapping = saved(surveyMapping(survey, census, "ENAHO flow mapping"));
        long censusMapping = saved(censusMapping(census, survey, "Censo flow mapping"));
        String form = page(get("/riskmaps/runs/new").param("country", "PE"), ANALYST);
        assertThat(form).contains("ENAHO flow (2024)", "Censo flow (2024)", "ENAHO flow mapping", "Censo flow mapping");

        long runsBefore = runCount();
        var start = newRun("Peru flow run", survey, census, surveyMapping, censusMapping);
        String location = mvc.perform(start).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).as("the form went to the run's job").startsWith("/jobs/");
        long jobId = Long.parseLong(location.substring("/jobs/".length()));

        // started twice while the first is under way: refused on the form, no second run
        String twice = page(newRun("Peru flow run again", survey, census, surveyMapping, censusMapping), ANALYST);
        assertThat(alerts(twice)).contains("A run with the same files, mappings, definition and options is already "
                + "under way for this country; wait for it to end.");
        assertThat(runCount()).isEqualTo(runsBefore + 1);

        Job job = ImportJobs.waitFor(jobs, jobId, 300);
        assertThat(job.status()).isEqualTo(JobStatus.SUCCEEDED);
        String jobPage = page(get("/jobs/{id}", jobId), ANALYST);
        String runPath = Jsoup.parse(jobPage).select("a.button").attr("href");
        assertThat(runPath).matches("/riskmaps/runs/\\d+");
        ModelRun run = runs.find(Long.parseLong(runPath.substring("/riskmaps/runs/".length()))).orElseThrow();
        assertThat(run.state()).as(run.problemKey() + " " + run.problemArgs()).isEqualTo(RunState.FINISHED);
        assertThat(run.inputs().census().sha256()).isEqualTo(census.sha256());

        assertThat(page(get(runPath), ANALYST)).contains("Peru flow run", "Findings", "ENAHO flow mapping",
                "1 territory of the run has no boundary and is not drawn on the map.", PeruPopulation.NO_BOUNDARY);
        assertThat(page(get(runPath + "/map"), ANALYST)).contains("Legend", "Levels by natural breaks (Jenks)",
                "1 territory of the run has no boundary and is not drawn.");
        assertThat(page(get(runPath + "/territories"), ANALYST)).contains("Lima (PE-LIM)", "Cusco (PE-CUS)");

        List<String> pages = List.of(runPath, runPath + "/map", runPath + "/territories",
                runPath + "/territories/PE-LIM", "/api" + runPath, "/api" + runPath + "/territories",
                "/api" + runPath + "/territories.geojson");
        for (String path : pages) {
            for (RequestPostProcessor reader : List.of(PERU_WORKERS, GUATEMALA, anonymous())) {
                mvc.perform(get(path).with(reader)).andExpect(status().isNotFound());
            }
        }

        String shared = mvc.perform(post(runPath + "/visibility").param("to", "SHARED")
                        .param("version", String.valueOf(run.version())).with(csrf()).with(ANALYST))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(shared).isEqualTo(runPath + "?visibility=shared");
        assertThat(runs.find(run.id()).orElseThrow().visibility()).isEqualTo(RunVisibility.SHARED);

        for (String path : pages) {
            mvc.perform(get(path).with(PERU_WORKERS)).andExpect(status().isOk());
            mvc.perform(get(path).with(GUATEMALA)).andExpect(status().isNotFound());
            mvc.perform(get(path).with(anonymous())).andExpect(status().isNotFound());
        }
        assertThat(page(get(runPath + "/map"), PERU_WORKERS)).contains("Levels by natural breaks (Jenks)");
        assertThat(page(get("/api/riskmaps/runs"), PERU_WORKERS)).contains("\"title\":\"Peru flow run\"");
        assertThat(page(get("/riskmaps"), PERU_WORKERS)).contains("Peru flow run");
        for (RequestPostProcessor outsider : List.of(GUATEMALA, anonymous())) {
            assertThat(page(get("/api/riskmaps/runs"), outsider)).doesNotContain("Peru flow run");
            assertThat(page(get("/riskmaps"), outsider)).doesNotContain("Peru flow run");
        }
        // the workers' focal point may read but neither share nor publish
        mvc.perform(post(runPath + "/visibility").param("to", "PUBLISHED").param("version", "1")
                .with(csrf()).with(PERU_WORKERS)).andExpect(status().isForbidden());

        ModelRun sharedRun = runs.find(run.id()).orElseThrow();
        mvc.perform(post(runPath + "/visibility").param("to", "PUBLISHED")
                .param("version", String.valueOf(sharedRun.version())).with(csrf()).with(SECRETARIAT));
        for (String path : pages) {
            mvc.perform(get(path).with(anonymous())).andExpect(status().isOk());
        }
        assertThat(page(get("/api/riskmaps/runs"), anonymous())).contains("\"title\":\"Peru flow run\"");

        // withdrawn, it is the country's focal points' again (and the demo's run Peru's public map)
        ModelRun published = runs.find(run.id()).orElseThrow();
        mvc.perform(post(runPath + "/visibility").param("to", "SHARED")
                .param("version", String.valueOf(published.version())).with(csrf()).with(SECRETARIAT));
        mvc.perform(get(runPath).with(anonymous())).andExpect(status().isNotFound());
        mvc.perform(get(runPath).with(PERU_WORKERS)).andExpect(status().isOk());
    }

    @Test
    void aSurveyAndCensusThatDoNotShareACovariateAreRefusedOnTheMappingAndOnTheRunForm() throws Exception {
        Path population = PeruPopulation.files(jdbc);
        Dataset survey = uploaded("SURVEY", "ENAHO sin pobreza", "enaho-sin.csv",
                Files.readAllBytes(population.resolve("survey.csv")));
        Dataset census = uploaded("CENSUS", "Censo sin pobreza", "censo-sin.csv",
                withoutColumn(population.resolve("census.csv"), "poverty"));
        long mappingsBefore = mappingCount();
        String refused = page(surveyMapping(survey, census, "Sin pobreza"), ANALYST);
        assertThat(fieldErrors(refused)).contains("poverty is not in Censo sin pobreza: a covariate must be in both "
                + "the survey and the census.");
        assertThat(mappingCount()).isEqualTo(mappingsBefore);

        // saved without naming the census, the mapping is then refused when the run is started
        long surveyMapping = saved(surveyMapping(survey, null, "Sin pobreza"));
        long censusMapping = saved(censusMapping(census, null, "Censo sin pobreza"));
        long runsBefore = runCount();
        String form = page(newRun("No shared covariate", survey, census, surveyMapping, censusMapping), ANALYST);
        assertThat(fieldErrors(form)).contains("The covariate “poverty” is not in the census “Censo sin pobreza”: the "
                + "survey and the census must share every covariate.");
        assertThat(runCount()).isEqualTo(runsBefore);
    }

    @Test
    void aWordWhereTheModelNeedsANumberIsNamedByFileLineColumnAndVariable() throws Exception {
        Path population = PeruPopulation.files(jdbc);
        Path csv = population.resolve("survey.csv");
        int hours = columnOf(csv, "hours_economic");
        Dataset survey = uploaded("SURVEY", "ENAHO con texto", "enaho-texto.csv", replaced(csv, hours, 41, "veinte"));
        long before = mappingCount();
        String refused = page(surveyMapping(survey, null, "Con texto"), ANALYST);
        assertThat(fieldErrors(refused)).contains("Hours a week of economic activity must hold numbers. "
                + "enaho-texto.csv, line 42, column " + (hours + 1) + ", variable hours_economic: “veinte” is not a number.");
        assertThat(mappingCount()).isEqualTo(before);

        // a covariate the survey holds as numbers but the census as text: named before any run starts
        Path censusCsv = population.resolve("census.csv");
        int poverty = columnOf(censusCsv, "poverty");
        Dataset goodSurvey = uploaded("SURVEY", "ENAHO buena", "enaho-buena.csv", Files.readAllBytes(csv));
        Dataset census = uploaded("CENSUS", "Censo con texto", "censo-texto.csv",
                replaced(censusCsv, poverty, 7, "no sabe"));
        long surveyMapping = saved(surveyMapping(goodSurvey, null, "ENAHO buena"));
        long censusMapping = saved(censusMapping(census, null, "Censo con texto"));
        long runsBefore = runCount();
        String form = page(newRun("Text in the census", goodSurvey, census, surveyMapping, censusMapping), ANALYST);
        assertThat(fieldErrors(form)).contains("The covariate “poverty” is taken as a number, but “Censo con texto” "
                + "holds “no sabe” in censo-texto.csv, line 8, column " + (poverty + 1) + ": correct the file, or map "
                + "the covariate as categorical.");
        assertThat(runCount()).isEqualTo(runsBefore);
    }

    @Test
    void filesThatAreNotTheFormatTheirNamesClaimAreRefusedAndNothingIsKept() throws Exception {
        Path population = PeruPopulation.files(jdbc);
        long before = datasetCount();
        byte[] csv = Files.readAllBytes(population.resolve("survey.csv"));
        assertThat(refusal("enaho.sav", csv)).startsWith("enaho.sav: This file is not in the SPSS format");
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0};
        assertThat(refusal("enaho.csv", zip)).startsWith("enaho.csv");
        assertThat(datasetCount()).isEqualTo(before);
    }

    private String refusal(String fileName, byte[] content) throws Exception {
        Job job = job("SURVEY", "No es", fileName, content);
        String page = page(get("/riskmaps/datasets/read/{job}", job.id()), ANALYST);
        var alert = Jsoup.parse(page).selectFirst("p.error[role=alert]");
        assertThat(alert).as("the refusal on the page").isNotNull();
        return alert.text();
    }

    // --- the pages, as the browser would send them

    private Dataset uploaded(String kind, String name, String fileName, byte[] content) throws Exception {
        Job job = job(kind, name, fileName, content);
        String location = mvc.perform(get("/riskmaps/datasets/read/{job}", job.id()).with(ANALYST))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).as("the job %s ended on the dataset's page (%s)", job.id(), job.result())
                .startsWith("/riskmaps/datasets/");
        return datasets.find(Long.parseLong(location.substring("/riskmaps/datasets/".length()))).orElseThrow();
    }

    private Job job(String kind, String name, String fileName, byte[] content) throws Exception {
        String location = mvc.perform(multipart("/riskmaps/datasets/new")
                        .file(new MockMultipartFile("file", fileName, "application/octet-stream", content))
                        .param("country", "PE").param("kind", kind).param("name", name).param("round", "2024")
                        .with(csrf()).with(ANALYST))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).as("the upload went to its job").startsWith("/jobs/");
        return ImportJobs.waitFor(jobs, Long.parseLong(location.substring("/jobs/".length())), 120);
    }

    /** The survey's roles and covariates (age and sex among them, as in the model's pilots), with their names. */
    private MockHttpServletRequestBuilder surveyMapping(Dataset survey, Dataset census, String name) {
        var request = mapping(survey, census, name);
        String[][] roles = {{"ID", "id"}, {"HOUSEHOLD", "household"}, {"PSU", "psu"}, {"STRATUM", "stratum"},
                {"WEIGHT", "weight"}, {"ECONOMIC_HOURS", "hours_economic"}, {"CHORE_HOURS", "hours_chores"},
                {"HAZARDOUS", "hazardous"}, {"WORST_FORMS", "worst_forms"}};
        for (String[] role : roles) {
            request.param("roles[" + role[0] + "]", role[1]);
        }
        String[][] covariates = {
                {"sex", "true", "2", "", "Sex", "Sexo", "Sexe", "Sexo"},
                {"age", "false", "", "", "Age", "Edad", "Âge", "Idade"},
                {"rural", "false", "", "RURAL", "Lives in a rural area", "Vive en zona rural", "Vit en zone rurale",
                        "Vive em área rural"},
                {"indigenous", "false", "", "INDIGENOUS", "Indigenous", "Indígena", "Autochtone", "Indígena"},
                {"attends_school", "false", "", "ATTENDS_SCHOOL", "Attends school", "Asiste a la escuela",
                        "Va à l'école", "Frequenta a escola"},
                {"head_schooling", "true", "secondary", "", "Schooling of the household head",
                        "Escolaridad del jefe de hogar", "Scolarité du chef de ménage", "Escolaridade do chefe"},
                {"poverty", "false", "", "", "Household in poverty", "Hogar en situación de pobreza", "Ménage pauvre",
                        "Domicílio em situação de pobreza"}};
        for (int i = 0; i < covariates.length; i++) {
            String[] c = covariates[i];
            String line = "covariates[" + i + "].";
            request.param(line + "variable", c[0]).param(line + "use", "true").param(line + "categorical", c[1])
                    .param(line + "reference", c[2]).param(line + "tag", c[3]).param(line + "labels[en]", c[4])
                    .param(line + "labels[es]", c[5]).param(line + "labels[fr]", c[6]).param(line + "labels[pt]", c[7]);
        }
        return request;
    }

    private MockHttpServletRequestBuilder censusMapping(Dataset census, Dataset survey, String name) {
        return mapping(census, survey, name).param("roles[ID]", "id").param("roles[HOUSEHOLD]", "household");
    }

    /** The roles both files give: age, sex (boys 1, girls 2), territory and region. */
    private MockHttpServletRequestBuilder mapping(Dataset dataset, Dataset partner, String name) {
        var request = post("/riskmaps/datasets/{id}/mapping", dataset.id()).param("name", name)
                .param("roles[AGE]", "age").param("roles[SEX]", "sex").param("roles[TERRITORY]", "territory")
                .param("roles[REGION]", "region").param("maleCode", "1").param("femaleCode", "2").with(csrf());
        if (partner != null) {
            request.param("partner", String.valueOf(partner.id()));
        }
        return request;
    }

    /** Saves a mapping through its page; its id. */
    private long saved(MockHttpServletRequestBuilder mapping) throws Exception {
        var response = mvc.perform(mapping.with(ANALYST).locale(ENGLISH)).andReturn().getResponse();
        assertThat(response.getRedirectedUrl()).as("saved, not refused: %s",
                fieldErrors(response.getContentAsString())).contains("use=");
        return Long.parseLong(response.getRedirectedUrl().replaceAll(".*use=(\\d+).*", "$1"));
    }

    private MockHttpServletRequestBuilder newRun(String title, Dataset survey, Dataset census, long surveyMapping,
                                                 long censusMapping) {
        return post("/riskmaps/runs/new").param("country", "PE").param("title", title)
                .param("surveyId", String.valueOf(survey.id())).param("censusId", String.valueOf(census.id()))
                .param("surveyMappingId", String.valueOf(surveyMapping))
                .param("censusMappingId", String.valueOf(censusMapping))
                .param("boundarySetId", String.valueOf(PeruPopulation.boundarySet(jdbc)))
                .param("levels", "3").param("levelMethod", "NATURAL_BREAKS").param("blankOutcomes", "REFUSE")
                .with(csrf()).with(ANALYST);
    }

    /** The page's text in English, once it answered 200. */
    private String page(MockHttpServletRequestBuilder request, RequestPostProcessor who) throws Exception {
        return mvc.perform(request.with(who).locale(ENGLISH)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private static List<String> alerts(String page) {
        return Jsoup.parse(page).select("[role=alert] p, p[role=alert]").eachText();
    }

    private static List<String> fieldErrors(String page) {
        var all = new ArrayList<>(alerts(page));
        all.addAll(Jsoup.parse(page).select(".field-error, .error").eachText());
        return all;
    }

    private static int columnOf(Path csv, String column) throws Exception {
        return List.of(Files.readAllLines(csv, StandardCharsets.UTF_8).get(0).split(",")).indexOf(column);
    }

    /** The file with one cell replaced: the line at {@code index} (0 is the header), the column at {@code column}. */
    private static byte[] replaced(Path csv, int column, int index, String value) throws Exception {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        String[] cells = lines.get(index).split(",", -1);
        cells[column] = value;
        lines.set(index, String.join(",", cells));
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] withoutColumn(Path csv, String column) throws Exception {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        int drop = List.of(lines.get(0).split(",")).indexOf(column);
        var out = new StringBuilder();
        for (String line : lines) {
            var cells = new ArrayList<>(List.of(line.split(",", -1)));
            cells.remove(drop);
            out.append(String.join(",", cells)).append('\n');
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private long runCount() {
        return jdbc.sql("select count(*) from riskmaps.run").query(Long.class).single();
    }

    private long mappingCount() {
        return jdbc.sql("select count(*) from riskmaps.mapping").query(Long.class).single();
    }

    private long datasetCount() {
        return jdbc.sql("select count(*) from riskmaps.dataset").query(Long.class).single();
    }
}
