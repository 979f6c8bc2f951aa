package org.labourhub.riskmaps.validation;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.labourhub.IntegrationTest;
import org.labourhub.accounts.AuditTrail;
import org.labourhub.accounts.Role;
import org.labourhub.accounts.SignedIn;
import org.labourhub.platform.Constituency;
import org.labourhub.platform.jobs.Jobs;
import org.labourhub.riskmaps.DatasetFormat;
import org.labourhub.riskmaps.DatasetKind;
import org.labourhub.riskmaps.Datasets;
import org.labourhub.riskmaps.Definition;
import org.labourhub.riskmaps.Labels;
import org.labourhub.riskmaps.MappedCovariate;
import org.labourhub.riskmaps.Mapping;
import org.labourhub.riskmaps.ModelRun;
import org.labourhub.riskmaps.ModelRuns;
import org.labourhub.riskmaps.RunInputs;
import org.labourhub.riskmaps.RunOptions;
import org.labourhub.riskmaps.RunSummary;
import org.labourhub.riskmaps.RunVisibility;
import org.labourhub.riskmaps.TerritoryResult;
import org.labourhub.riskmaps.index.TerritoryTables;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A finished run of Brazil (six states, rates from 5 % to 30 %) compared with a census that measured child work in
 * five of them and in one state the run does not have: the statistics kept and explained, the unmatched territories
 * named, who sees and who makes the comparison, and the refusals of a file that matches nothing or gives percentages
 * as proportions.
 */
@IntegrationTest
@AutoConfigureMockMvc
class RunValidationTest {

    static final RequestPostProcessor RUNNER = SignedIn.focalPoint("validation.br", "BR", Constituency.GOVERNMENT);
    static final RequestPostProcessor WORKERS_BR = SignedIn.focalPoint("workers.br", "BR", Constituency.WORKERS);
    static final RequestPostProcessor FOCAL_GT = SignedIn.focalPoint("focal.gt.validation", "GT", Constituency.WORKERS);
    static final RequestPostProcessor SECRETARIAT = SignedIn.as("secretariat.validation", Role.SECRETARIAT);
    static final List<String> STATES = List.of("BR-MA", "BR-PI", "BR-BA", "BR-PE", "BR-SP", "BR-RS");
    static final String CENSUS = """
            uf,trabalho_infantil
            BR-MA,4.5
            BR-PI,11
            BR-BA,14
            BR-PE,22
            BR-SP,29
            BR-AC,50
            """;

    @Autowired
    MockMvc mvc;
    @Autowired
    Jobs jobs;
    @Autowired
    Datasets datasets;
    @Autowired
    ModelRuns runs;
    @Autowired
    RunValidations validations;
    @Autowired
    AuditTrail audit;

    ModelRun run;
    long census;

    @BeforeEach
    void aFinishedRunAndAMeasurement() throws Exception {
        run = finishedRun();
        census = new TerritoryTables(mvc, jobs, datasets).upload(RUNNER, "BR", "OBSERVED", "censo2010.csv", CENSUS).id();
    }

    ModelRun finishedRun() {
        String unique = UUID.randomUUID().toString();
        long survey = dataset(DatasetKind.SURVEY), censusFile = dataset(DatasetKind.CENSUS);
        var age = new Labels("idade", Map.of("pt", "Idade", "en", "Age"));
        var covariates = List.of(new MappedCovariate("idade", false, null, null, age));
        var roles = Map.of(org.labourhub.riskmaps.Role.AGE, "idade", org.labourhub.riskmaps.Role.TERRITORY, "uf");
        var inputs = new RunInputs(new RunInputs.InputFile(survey, "pnad.csv", "a".repeat(64), 1000),
                new RunInputs.InputFile(censusFile, "censo.csv", "b".repeat(64), 9000),
                new Mapping("PNAD " + unique.substring(0, 8), DatasetKind.SURVEY, roles, "1", "2", covariates),
                new Mapping("Censo", DatasetKind.CENSUS, roles, "1", "2", covariates), Definition.ilo("BR", "OIT"),
                RunOptions.standard(), "1.0.0-test-" + unique);
        ModelRun queued = runs.queue("BR", "Mapa do Brasil " + unique.substring(0, 8), inputs, null,
                "validation.br", false);
        var territories = new ArrayList<TerritoryResult>();
        for (int i = 0; i < STATES.size(); i++) {
            double rate = 0.05 + 0.05 * i;
            var details = new TerritoryResult.TerritoryDetails(null, null, List.of(), List.of(), List.of());
            territories.add(new TerritoryResult(STATES.get(i), null, 1000, 1000 * rate, rate, rate * 0.8, rate * 1.2,
                    STATES.size() - i, 1, STATES.size(), rate > 0.20 ? 3 : rate > 0.10 ? 2 : 1, null, false, false,
                    details));
        }
        var summary = new RunSummary(new RunSummary.Survey(1000, 5, 50, 400, 0, 0, 0), List.of(), List.of(), 0.7,
                List.of(), List.of(), new RunSummary.Diagnostics(0, 0, List.of(), List.of(), List.of(), List.of()),
                new RunSummary.LevelScheme("NATURAL_BREAKS", 3, List.of(0.10, 0.20), false), 0.17, 9000,
                Optional.empty(), Map.of());
        runs.finish(queued.id(), summary, territories);
        return runs.find(queued.id()).orElseThrow();
    }

    private long dataset(DatasetKind kind) {
        return datasets.add(new Datasets.NewDataset("BR", kind, kind.name().toLowerCase(), "2010", DatasetFormat.CSV,
                "file.csv", null, null, 10, "c".repeat(64), 100, List.of()), "validation.br").id();
    }

    String compare(RequestPostProcessor who, String territoryColumn, String rateColumn, String scale) throws Exception {
        var response = mvc.perform(post("/riskmaps/runs/{id}/validation", run.id()).param("datasetId", String.valueOf(census))
                .param("territoryColumn", territoryColumn).param("rateColumn", rateColumn).param("scale", scale)
                .param("lang", "es").with(csrf()).with(who)).andReturn().getResponse();
        return response.getRedirectedUrl() != null ? response.getRedirectedUrl()
                : response.getContentAsString(StandardCharsets.UTF_8);
    }

    String page(RequestPostProcessor who, String language) throws Exception {
        var response = mvc.perform(get("/riskmaps/runs/{id}/validation", run.id()).param("lang", language).with(who))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theRunIsComparedWithTheCensusAndTheComparisonIsKeptExplainedAndShownToWhoeverSeesTheRun() throws Exception {
        assertThat(compare(RUNNER, "uf", "trabalho_infantil", "PERCENT"))
                .isEqualTo("/riskmaps/runs/" + run.id() + "/validation?saved");

        RunValidation.Result r = validations.find(run.id()).orElseThrow().result();
        assertThat(r.territories()).isEqualTo(5);
        assertThat(r.runOnly()).containsExactly("BR-RS");
        assertThat(r.observedOnly()).containsExactly("BR-AC");
        assertThat(r.pearson()).isGreaterThan(0.98);
        assertThat(r.spearman()).isCloseTo(1.0, within(1e-12));
        assertThat(r.kendall()).isCloseTo(1.0, within(1e-12));
        assertThat(r.pairs()).extracting(RunValidation.Pair::observed).contains(0.045, 0.29);
        assertThat(r.agreement()).hasSize(3);
        assertThat(r.agreement().stream().flatMap(List::stream).mapToInt(Integer::intValue).sum()).isEqualTo(5);
        assertThat(audit.of(RunValidations.TYPE, run.id())).hasSize(1);

        String es = page(RUNNER, "es");
        assertThat(es).contains("Correlación de Pearson", "Tau-b de Kendall", "Kappa de Cohen de los niveles",
                "Qué tan cerca de una recta", "BR-RS", "BR-AC", "1,00", "validation-pairs", "4,5\u00a0%");
        for (String language : List.of("en", "fr", "pt")) {
            assertThat(page(RUNNER, language)).doesNotContain("null", "riskmaps.validation.", ">PERCENT<", "NaN");
        }
        assertThat(page(RUNNER, "en")).contains("Pearson&#39;s correlation", "One territory of the run has no measurement:");

        // the country's workers see it once the run is shared, without the form; another country never does
        mvc.perform(get("/riskmaps/runs/{id}/validation", run.id()).with(WORKERS_BR)).andExpect(status().isNotFound());
        runs.changeVisibility(run, RunVisibility.SHARED);
        assertThat(page(WORKERS_BR, "es")).contains("Correlación de Pearson").doesNotContain("name=\"rateColumn\"");
        mvc.perform(get("/riskmaps/runs/{id}/validation", run.id()).with(FOCAL_GT)).andExpect(status().isNotFound());
        mvc.perform(get("/riskmaps/runs/{id}/validation", run.id()).with(anonymous())).andExpect(status().isNotFound());
        mvc.perform(post("/riskmaps/runs/{id}/validation", run.id()).param("datasetId", String.valueOf(census))
                .with(csrf()).with(WORKERS_BR)).andExpect(status().isForbidden());
        // the run's page links to it
        assertThat(mvc.perform(get("/riskmaps/runs/{id}", run.id()).with(RUNNER)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("/riskmaps/runs/" + run.id() + "/validation");
    }

    @Test
    void aFileThatMatchesNoTerritoryOrGivesPercentagesAsProportionsIsRefusedInWordsAndNothingIsKept() throws Exception {
        String wrongColumn = compare(RUNNER, "trabalho_infantil", "uf", "PERCENT");
        assertThat(wrongColumn).contains("censo2010.csv, línea 2, columna uf: &quot;BR-MA&quot; no es un número.");

        String proportions = compare(RUNNER, "uf", "trabalho_infantil", "PROPORTION");
        assertThat(proportions).contains("El territorio BR-MA tiene una tasa observada de 4,5, que no es una proporción de 0 a 1.");

        long other = new TerritoryTables(mvc, jobs, datasets).upload(RUNNER, "BR", "OBSERVED", "municipios.csv", """
                municipio,taxa
                2111300,0.12
                2211001,0.08
                2927408,0.10
                """).id();
        var response = mvc.perform(post("/riskmaps/runs/{id}/validation", run.id()).param("datasetId", String.valueOf(other))
                .param("territoryColumn", "municipio").param("rateColumn", "taxa").param("scale", "PROPORTION")
                .param("lang", "es").with(csrf()).with(RUNNER)).andReturn().getResponse();
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains(
                "Ningún territorio de municipios.csv es un territorio de la ejecución: el archivo tiene códigos como "
                        + "2111300, 2211001, 2927408, la ejecución como BR-BA, BR-MA, BR-PE.");
        assertThat(validations.find(run.id())).isEmpty();
        assertThat(page(RUNNER, "es")).contains("Esta ejecución todavía no se ha comparado con una medición directa.");
    }
}
