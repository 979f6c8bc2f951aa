package org.labourhub.riskmaps.runs;

import org.labourhub.platform.jobs.Job;
import org.labourhub.platform.jobs.JobHandler;
import org.labourhub.platform.jobs.RunningJob;
import org.labourhub.riskmaps.Dataset;
import org.labourhub.riskmaps.Datasets;
import org.labourhub.riskmaps.ModelRun;
import org.labourhub.riskmaps.ModelRuns;
import org.labourhub.riskmaps.RiskmapsJson;
import org.labourhub.riskmaps.RunInputs;
import org.labourhub.riskmaps.RunState;
import org.labourhub.riskmaps.RunSummary;
import org.labourhub.riskmaps.TerritoryResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Makes one run: prepares its folder, runs the engine in its own process while the progress bar follows its stages,
 * then writes the results in one transaction. A run whose process fails or is killed ends as failed with the reason
 * and publishes nothing; made again after a restart, it starts from the beginning.
 */
@Component
class RunJob implements JobHandler {

    static final String KIND = "riskmaps.run";
    static final List<String> STAGES = List.of("prepare", "read-survey", "direct-estimates", "fit", "diagnostics",
            "transfer", "harmonisation", "levels", "simulation", "factors", "write-outputs", "publish");
    private static final TypeReference<List<TerritoryResult>> TERRITORIES = new TypeReference<>() { };

    private final ModelRuns runs;
    private final Datasets datasets;
    private final RunSettings settings;
    private final JdbcClient jdbc;

    RunJob(ModelRuns runs, Datasets datasets, RunSettings settings, JdbcClient jdbc) {
        this.runs = runs;
        this.datasets = datasets;
        this.settings = settings;
        this.jdbc = jdbc;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String resultPage(Job job) {
        JsonNode parameters = RiskmapsJson.read(job.parameters(), JsonNode.class);
        return "/riskmaps/runs/" + parameters.path("run").asLong();
    }

    @Override
    public Object run(RunningJob job) {
        long runId = job.parameters().path("run").asLong();
        ModelRun run = runs.find(runId).orElseThrow(() -> new IllegalStateException("No run " + runId));
        if (!run.state().isUnderWay()) {
            return java.util.Map.of("run", runId);
        }
        job.progress(0, STAGES.size());
        runs.stage(runId, "prepare");
        Path folder = settings.runFolder(runId);
        try {
            make(job, run, folder);
        } catch (RuntimeException e) {
            runs.end(runId, RunState.FAILED, "riskmaps.runs.problem.unexpected", List.of(), null);
            throw e;
        } finally {
            removeCopies(folder);
        }
        return java.util.Map.of("run", runId);
    }

    private void make(RunningJob job, ModelRun run, Path folder) {
        long runId = run.id();
        if (!prepare(run, folder)) {
            return;
        }
        var outcome = EngineProcess.run(folder, settings.heap(), settings.threads(), stage -> {
            runs.stage(runId, stage);
            job.progress(Math.max(1, STAGES.indexOf(stage)), STAGES.size());
        });
        if (outcome.exitCode() == 0) {
            runs.stage(runId, "publish");
            job.progress(STAGES.size() - 1, STAGES.size());
            publish(run, folder);
        } else if (outcome.exitCode() == RunProcess.STOPPED_AFTER_CHECK) {
            RunSummary partial = RiskmapsJson.JSON.readValue(folder.resolve("summary.json").toFile(), RunSummary.class);
            long flagged = partial.harmonisation().stream().filter(RunSummary.Harmonisation::flagged).count();
            runs.end(runId, RunState.CHECKED, "riskmaps.runs.problem.gaps", List.of(String.valueOf(flagged)), partial);
        } else if (outcome.exitCode() == RunProcess.PROBLEM && Files.exists(folder.resolve("problem.json"))) {
            JsonNode problem = RiskmapsJson.JSON.readTree(folder.resolve("problem.json").toFile());
            var args = new java.util.ArrayList<String>();
            problem.path("args").forEach(a -> args.add(a.asString()));
            runs.end(runId, RunState.FAILED, problem.path("key").asString(), args, null);
        } else {
            runs.end(runId, RunState.FAILED, "riskmaps.runs.problem.ended",
                    List.of(String.valueOf(outcome.exitCode()), settings.heap(),
                            outcome.lastStage() == null ? "prepare" : outcome.lastStage()), null);
        }
    }

    /** Writes the run's folder; false (and the run failed) when its microdata was deleted meanwhile. */
    private boolean prepare(ModelRun run, Path folder) {
        RunInputs inputs = run.inputs();
        Dataset survey = datasets.find(inputs.survey().datasetId()).orElseThrow();
        Dataset census = datasets.find(inputs.census().datasetId()).orElseThrow();
        for (Dataset d : List.of(survey, census)) {
            if (d.isDeleted() || d.engineFile() == null) {
                runs.end(run.id(), RunState.FAILED, "riskmaps.runs.problem.deleted", List.of(d.name()), null);
                return false;
            }
        }
        try {
            removeAll(folder);
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("inputs.json"), RiskmapsJson.write(inputs));
            try (Writer w = Files.newBufferedWriter(folder.resolve("risk.properties"), StandardCharsets.UTF_8)) {
                EngineConfiguration.of(inputs).store(w, "Run " + run.id() + " of " + run.country());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare the folder of run " + run.id(), e);
        }
        EngineFile.copyRenamed(settings.datasetFile(survey.engineFile()), folder.resolve("survey.csv"),
                EngineColumns.renames(inputs.surveyMapping()));
        EngineFile.copyRenamed(settings.datasetFile(census.engineFile()), folder.resolve("census.csv"),
                EngineColumns.renames(inputs.censusMapping()));
        return true;
    }

    private void publish(ModelRun run, Path folder) {
        RunSummary summary = RiskmapsJson.JSON.readValue(folder.resolve("summary.json").toFile(), RunSummary.class);
        List<TerritoryResult> territories = RiskmapsJson.JSON.readValue(folder.resolve("territories.json").toFile(),
                TERRITORIES);
        runs.finish(run.id(), withBoundaries(summary, run, territories), territories);
    }

    /** Adds to the diagnostics the territories no boundary draws and the boundaries with no data. */
    private RunSummary withBoundaries(RunSummary s, ModelRun run, List<TerritoryResult> territories) {
        if (run.boundarySetId() == null) {
            return s;
        }
        Set<String> drawn = new HashSet<>(jdbc.sql("select code from riskmaps.boundary where set_id = ?")
                .param(run.boundarySetId()).query(String.class).list());
        Set<String> codes = new HashSet<>();
        territories.forEach(t -> codes.add(t.code()));
        var without = new TreeSet<>(codes);
        without.removeAll(drawn);
        var boundaryOnly = new TreeSet<>(drawn);
        boundaryOnly.removeAll(codes);
        var d = s.diagnostics();
        var diagnostics = new RunSummary.Diagnostics(d.zeroWeights(), d.blankOutcomes(), d.censusOnly(),
                d.surveyOnly(), List.copyOf(without), List.copyOf(boundaryOnly));
        return new RunSummary(s.survey(), s.direct(), s.coefficients(), s.auc(), s.calibration(), s.harmonisation(),
                diagnostics, s.levels(), s.nationalRate(), s.censusRows(), s.validation(), s.stageSeconds());
    }

    /** The copies of the files are as large as the census: they go once the run has ended. */
    private static void removeCopies(Path folder) {
        try {
            Files.deleteIfExists(folder.resolve("survey.csv"));
            Files.deleteIfExists(folder.resolve("census.csv"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void removeAll(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
