package org.labourhub.riskmaps.validation;

import org.labourhub.risk.config.LevelMethod;
import org.labourhub.risk.levels.Classification;
import org.labourhub.risk.levels.Levels;
import org.labourhub.risk.validation.Validation;
import org.labourhub.risk.validation.ValidationStatistics;
import org.labourhub.riskmaps.Dataset;
import org.labourhub.riskmaps.RunSummary;
import org.labourhub.riskmaps.TerritoryResult;
import org.labourhub.riskmaps.datasets.TerritoryFigures;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares a run's territory rates with the rates a file measured, as the engine does when given an observed file:
 * the territories found on both sides, the observed rates cut into as many levels by the run's method, and the
 * engine's statistics. Every refusal says what to change.
 */
@Component
class ValidationCalculation {

    private final TerritoryFigures figures;

    ValidationCalculation(TerritoryFigures figures) {
        this.figures = figures;
    }

    RunValidation.Result compare(List<TerritoryResult> territories, RunSummary.LevelScheme scheme, Dataset dataset,
                                 String territoryColumn, String rateColumn, boolean percent) {
        Map<String, Double> observed = observed(dataset, territoryColumn, rateColumn, percent);
        var pairs = new ArrayList<TerritoryResult>();
        var runOnly = new ArrayList<String>();
        for (TerritoryResult t : territories) {
            if (observed.containsKey(t.code())) {
                pairs.add(t);
            } else {
                runOnly.add(t.code());
            }
        }
        Set<String> modelled = new HashSet<>();
        territories.forEach(t -> modelled.add(t.code()));
        List<String> observedOnly = observed.keySet().stream().filter(c -> !modelled.contains(c)).toList();
        int minimum = Math.max(3, scheme.count());
        if (pairs.isEmpty()) {
            throw new ValidationProblem(null, "riskmaps.validation.problem.noMatch", dataset.originalName(),
                    examples(observed.keySet()), examples(modelled));
        }
        if (pairs.size() < minimum) {
            throw new ValidationProblem(null, "riskmaps.validation.problem.fewMatched", pairs.size(), minimum);
        }
        int n = pairs.size();
        double[] model = new double[n], measured = new double[n], children = new double[n];
        for (int i = 0; i < n; i++) {
            model[i] = pairs.get(i).rate();
            measured[i] = observed.get(pairs.get(i).code());
            children[i] = pairs.get(i).children();
        }
        Levels modelLevels = new Levels(scheme.thresholds().stream().mapToDouble(Double::doubleValue).toArray());
        Levels observedLevels = Classification.of(measured, scheme.weighted() ? children : null, scheme.count(),
                method(scheme));
        Validation v = ValidationStatistics.of(model, measured, children, modelLevels, observedLevels);
        var agreement = new int[scheme.count()][scheme.count()];
        var kept = new ArrayList<RunValidation.Pair>(n);
        for (int i = 0; i < n; i++) {
            int m = modelLevels.levelOf(model[i]), o = observedLevels.levelOf(measured[i]);
            agreement[m][o]++;
            kept.add(new RunValidation.Pair(pairs.get(i).code(), model[i], measured[i], children[i], m + 1, o + 1));
        }
        return new RunValidation.Result(dataset.name(), v.territories(), finite(v.pearson()), finite(v.spearman()),
                finite(v.kendallTauB()), finite(v.kappa()), finite(v.precisionHigh()), finite(v.recallHigh()),
                finite(v.meanAbsoluteError()), scheme.count(),
                Arrays.stream(observedLevels.thresholds()).boxed().toList(), kept, runOnly, observedOnly,
                Arrays.stream(agreement).map(row -> Arrays.stream(row).boxed().toList()).toList());
    }

    /** The observed rate of each territory as a proportion, refused when it is not one. */
    private Map<String, Double> observed(Dataset dataset, String territoryColumn, String rateColumn, boolean percent) {
        if (territoryColumn.equals(rateColumn)) {
            throw new ValidationProblem("rateColumn", "riskmaps.validation.problem.sameColumn");
        }
        TerritoryFigures.Table table;
        try {
            table = figures.read(dataset, territoryColumn, List.of(rateColumn));
        } catch (TerritoryFigures.Problem p) {
            var args = new ArrayList<Object>();
            args.add(dataset.originalName());
            args.add(p.row());
            args.addAll(p.args());
            throw new ValidationProblem(null, "riskmaps.validation.problem." + p.kind().suffix()
                    + (p.row() > 0 && p.cases() ? "Case" : ""), args.toArray());
        }
        double top = percent ? 100 : 1;
        var rates = new LinkedHashMap<String, Double>();
        for (int t = 0; t < table.codes().size(); t++) {
            double value = table.columns()[0][t];
            if (value < 0 || value > top) {
                throw new ValidationProblem("scale", percent ? "riskmaps.validation.problem.notPercent"
                        : "riskmaps.validation.problem.notProportion", table.codes().get(t), value);
            }
            rates.put(table.codes().get(t), value / top);
        }
        return rates;
    }

    private static LevelMethod method(RunSummary.LevelScheme scheme) {
        try {
            return LevelMethod.valueOf(scheme.method());
        } catch (IllegalArgumentException | NullPointerException unknown) {
            return LevelMethod.NATURAL_BREAKS;
        }
    }

    private static String examples(Set<String> codes) {
        return String.join(", ", codes.stream().sorted().limit(3).toList());
    }

    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
