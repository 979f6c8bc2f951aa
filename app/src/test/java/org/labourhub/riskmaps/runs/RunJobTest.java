package org.labourhub.riskmaps.runs;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.labourhub.IntegrationTest;
import org.labourhub.accounts.Actor;
import org.labourhub.accounts.Role;
import org.labourhub.platform.jobs.Jobs;
import org.labourhub.projects.importing.ImportJobs;
import org.labourhub.risk.synthetic.SyntheticPopulation;
import org.labourhub.riskmaps.DatasetFormat;
import org.labourhub.riskmaps.DatasetKind;
import org.labourhub.riskmaps.DatasetVariable;
import org.labourhub.riskmaps.Datasets;
import org.labourhub.riskmaps.Definition;
import org.labourhub.riskmaps.Mapping;
import org.labourhub.riskmaps.ModelRun;
import org.labourhub.riskmaps.ModelRuns;
import org.labourhub.riskmaps.RunOptions;
import org.labourhub.riskmaps.RunState;
import org.labourhub.riskmaps.Territories;
import org.labourhub.riskmaps.TerritoryResult;
import org.labourhub.riskmaps.demo.SyntheticMappings;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A run from start to results: files registered as datasets, a run started as an analyst, the engine in its own
 * process, the results in the tables; and the runs that must not start or must fail without publishing anything.
 */
@IntegrationTest
class RunJobTest {

    static final Actor ANALYST = new Actor("analyst", Role.ANALYST, null, null);

    @Autowired RunStarter starter;
    @Autowired RunSettings settings;
    @Autowired Datasets datasets;
    @Autowired ModelRuns runs;
    @Autowired Territories territories;
    @Autowired Jobs jobs;

    static Path population;

    @BeforeAll
    static void generate(@Autowired RunSettings settings) throws IOException {
        population = settings.datasetFile("run-job-test");
        if (!Files.exists(population.resolve("census.csv"))) {
            new SyntheticPopulation(new SyntheticPopulation.Settings(3000, 12000, 30, 6, 7, 0.3, 20)).write(population);
        }
    }

    @Test
    void aRunPublishesItsTerritoriesWithLabelledFactors() throws Exception {
        long survey = register(DatasetKind.SURVEY, "survey.csv");
        long census = register(DatasetKind.CENSUS, "census.csv");
        ModelRun run = starter.start(ANALYST, request("Synthetic round 1", survey, census, SyntheticMappings.survey()), false);
        assertThat(run.state()).isEqualTo(RunState.QUEUED);

        ImportJobs.waitFor(jobs, run.jobId(), 120);
        ModelRun done = runs.find(run.id()).orElseThrow();
        assertThat(done.state()).as(done.problemKey() + " " + done.problemArgs()).isEqualTo(RunState.FINISHED);
        List<TerritoryResult> all = territories.of(run.id());
        assertThat(all).hasSize(30);
        TerritoryResult first = all.get(0);
        assertThat(first.rank()).isEqualTo(1);
        assertThat(first.level()).isBetween(1, 3);
        assertThat(first.rateLow()).isLessThanOrEqualTo(first.rate());
        assertThat(first.details().factors()).isNotEmpty();
        assertThat(first.details().factors().get(0).covariate().in(Locale.forLanguageTag("es"))).isNotBlank();
        var summary = runs.summary(run.id()).orElseThrow();
        assertThat(summary.auc()).isBetween(0.5, 1.0);
        assertThat(summary.coefficients().get(0).isIntercept()).isTrue();
        assertThat(summary.coefficients()).anyMatch(c -> c.level() != null && c.level().in(Locale.FRENCH).equals("Garçon"));
        assertThat(summary.direct()).hasSize(6);
        assertThat(done.inputs().survey().sha256()).matches("[0-9a-f]{64}");
    }

    @Test
    void aCovariateMissingFromTheCensusRefusesTheRunAndSavesNothing() throws Exception {
        long survey = register(DatasetKind.SURVEY, "survey.csv");
        long census = register(DatasetKind.CENSUS, "census.csv", "poverty");
        int before = runs.visibleTo(ANALYST, "PE").size();
        assertThatThrownBy(() -> starter.start(ANALYST, request("Missing covariate", survey, census,
                SyntheticMappings.survey()), false))
                .isInstanceOfSatisfying(RunProblem.class, p -> {
                    assertThat(p.key()).isEqualTo("riskmaps.runs.problem.covariateNotInCensus");
                    assertThat(p.args()).contains("poverty");
                });
        assertThat(runs.visibleTo(ANALYST, "PE")).hasSize(before);
    }

    @Test
    void aSecondStartWithTheSameInputsIsRefusedWhileTheFirstIsUnderWay() throws Exception {
        long survey = register(DatasetKind.SURVEY, "survey.csv");
        long census = register(DatasetKind.CENSUS, "census.csv");
        ModelRun first = starter.start(ANALYST, request("Twice", survey, census, SyntheticMappings.survey()), false);
        assertThatThrownBy(() -> starter.start(ANALYST, request("Twice again", survey, census,
                SyntheticMappings.survey()), false))
                .isInstanceOfSatisfying(RunProblem.class, p -> assertThat(p.key()).isEqualTo("riskmaps.runs.problem.twice"));
        ImportJobs.waitFor(jobs, first.jobId(), 120);
    }

    @Test
    void aFailingEngineEndsTheRunAsFailedWithItsReasonAndNoTerritories() throws Exception {
        long survey = register(DatasetKind.SURVEY, "survey.csv");
        // the census lacks the covariate column in its rows: a text where the engine needs a number
        long census = registerBroken();
        ModelRun run = starter.start(ANALYST, request("Broken census", survey, census, SyntheticMappings.survey()), false);
        ImportJobs.waitFor(jobs, run.jobId(), 120);
        ModelRun done = runs.find(run.id()).orElseThrow();
        assertThat(done.state()).isEqualTo(RunState.FAILED);
        assertThat(done.problemKey()).isEqualTo("riskmaps.runs.problem.input");
        assertThat(territories.of(run.id())).isEmpty();
        assertThat(runs.summary(run.id())).isEmpty();
    }

    RunStarter.Request request(String title, long survey, long census, Mapping surveyMapping) {
        return new RunStarter.Request("PE", title, survey, census, surveyMapping, SyntheticMappings.census(),
                Definition.ilo("PE", "ILO"), RunOptions.standard(), null);
    }

    /** Registers a generated file as a dataset, with the variables its header names (all numeric but a few). */
    long register(DatasetKind kind, String file, String... leftOut) throws IOException {
        List<String> header = EngineFile.header(population.resolve(file));
        var variables = new ArrayList<DatasetVariable>();
        for (String name : header) {
            if (!List.of(leftOut).contains(name)) {
                variables.add(new DatasetVariable(name, null, !name.equals("head_schooling") && !name.equals("territory")
                        && !name.equals("region"), 0, List.of(), null, null, null));
            }
        }
        String relative = "run-job-test/" + file;
        return datasets.add(new Datasets.NewDataset("PE", kind, kind + " " + file, "2024", DatasetFormat.CSV, file,
                relative, relative, Files.size(population.resolve(file)), "0".repeat(64),
                Files.lines(population.resolve(file)).count() - 1, variables), "analyst").id();
    }

    long registerBroken() throws IOException {
        Path broken = population.resolve("census-broken.csv");
        var lines = new ArrayList<>(Files.readAllLines(population.resolve("census.csv"), StandardCharsets.UTF_8));
        List<String> header = EngineFile.split(lines.get(0));
        int age = header.indexOf("age");
        String[] cells = lines.get(5).split(",", -1);
        cells[age] = "eleven";
        lines.set(5, String.join(",", cells));
        Files.write(broken, lines, StandardCharsets.UTF_8);
        return register(DatasetKind.CENSUS, "census-broken.csv");
    }
}
