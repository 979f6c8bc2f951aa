package org.labourhub.risk;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.labourhub.risk.config.RiskConfig;
import org.labourhub.risk.factors.FactorShares;
import org.labourhub.risk.levels.Classification;
import org.labourhub.risk.levels.Levels;
import org.labourhub.risk.model.ModelDiagnostics;
import org.labourhub.risk.model.SurveyModel;
import org.labourhub.risk.report.Boundaries;
import org.labourhub.risk.survey.DirectEstimates;
import org.labourhub.risk.survey.SurveyReader;
import org.labourhub.risk.survey.SurveySample;
import org.labourhub.risk.transfer.Harmonisation;
import org.labourhub.risk.transfer.TerritoryRates;
import org.labourhub.risk.transfer.TerritoryTotals;
import org.labourhub.risk.transfer.Transfer;
import org.labourhub.risk.uncertainty.Intervals;
import org.labourhub.risk.uncertainty.SimulationIntervals;
import org.labourhub.risk.validation.Validation;
import org.labourhub.risk.validation.ValidationStatistics;

/** The whole model, survey to territory levels and factors, timing each stage. Writes nothing. */
public final class RiskRun {

    private final RiskConfig config;
    private final int threads;
    private final Map<String, Double> seconds = new LinkedHashMap<>();
    private final Map<String, Double> cpuSeconds = new LinkedHashMap<>();
    private final Consumer<String> stageStarting;

    public RiskRun(RiskConfig config, int threads) {
        this(config, threads, stage -> { });
    }

    /** {@code stageStarting} hears each stage's name as it starts (read-survey, …, factors). */
    public RiskRun(RiskConfig config, int threads, Consumer<String> stageStarting) {
        this.config = config;
        this.threads = threads;
        this.stageStarting = stageStarting;
    }

    /** {@code observed}, when present, holds a directly measured rate per territory code. */
    public RunResult run(Path survey, Path census, Optional<Map<String, Double>> observed) {
        return run(survey, census, observed, Optional.empty());
    }

    /** As {@link #run(Path, Path, Optional)}, also matching the census codes with a GeoJSON boundary file's. */
    public RunResult run(Path survey, Path census, Optional<Map<String, Double>> observed, Optional<Path> boundaries) {
        SurveySample sample = timed("read-survey", () -> SurveyReader.read(survey, config));
        var direct = timed("direct-estimates", () -> DirectEstimates.of(sample, config.definition(), config.lonelyPsu()));
        SurveyModel model = timed("fit", () -> SurveyModel.fit(sample, config.lonelyPsu(), threads));
        var diagnostics = timed("diagnostics", () -> ModelDiagnostics.of(model.fit().fitted(), sample.outcome(),
                sample.weight()));
        TerritoryTotals totals = timed("transfer", () -> new Transfer(config, model, threads).run(census));
        var harmonisation = timed("harmonisation", () -> Harmonisation.compare(sample, totals, config.maxShareGap()));
        TerritoryRates rates = TerritoryRates.of(totals, config.benchmarking(), direct);
        Levels levels = timed("levels", () -> classify(rates.rates(), rates.childrenCounts()));
        int[] level = java.util.Arrays.stream(rates.rates()).mapToInt(levels::levelOf).toArray();
        Intervals intervals = timed("simulation", () -> SimulationIntervals.of(rates, model, levels, config.draws(),
                config.seed(), threads));
        var factors = timed("factors", () -> FactorShares.of(rates, model));
        Optional<Validation> validation = observed.map(o -> validate(rates, levels, o));
        var summary = new RunResult.SurveySummary(sample.size(), sample.strata(), sample.psus(), sample.households(),
                sample.skippedOutOfAge(), sample.blankOutcomes(), sample.zeroWeights());
        var dataDiagnostics = RunDiagnostics.of(sample.zeroWeights(), sample.territoryCodes(), totals.codes(),
                boundaries.map(b -> Boundaries.codes(b, config.boundaryCodeProperty())));
        return new RunResult(config, summary, direct, model, diagnostics, dataDiagnostics, harmonisation, rates, levels, level,
                intervals, factors, validation, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(seconds)),
                java.util.Collections.unmodifiableMap(new LinkedHashMap<>(cpuSeconds)));
    }

    private Levels classify(double[] values, double[] children) {
        return Classification.of(values, config.weightedLevels() ? children : null, config.levels(), config.levelMethod());
    }

    private Validation validate(TerritoryRates rates, Levels levels, Map<String, Double> observed) {
        List<String> codes = rates.totals().codes();
        var matched = codes.stream().filter(observed::containsKey).toList();
        double[] modelled = new double[matched.size()], measured = new double[matched.size()], weight = new double[matched.size()];
        for (int i = 0; i < matched.size(); i++) {
            int t = codes.indexOf(matched.get(i));
            modelled[i] = rates.rate(t);
            measured[i] = observed.get(matched.get(i));
            weight[i] = rates.children(t);
        }
        Levels observedLevels = Classification.of(measured, config.weightedLevels() ? weight : null, config.levels(),
                config.levelMethod());
        return ValidationStatistics.of(modelled, measured, weight, levels, observedLevels);
    }

    private <T> T timed(String stage, Supplier<T> work) {
        stageStarting.accept(stage);
        long start = System.nanoTime();
        long cpuStart = processCpuNanos();
        T result = work.get();
        seconds.put(stage, (System.nanoTime() - start) / 1e9);
        cpuSeconds.put(stage, (processCpuNanos() - cpuStart) / 1e9);
        return result;
    }

    /** CPU time of the whole process, all threads: on a shared machine it says what a stage costs. */
    public static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }
}
