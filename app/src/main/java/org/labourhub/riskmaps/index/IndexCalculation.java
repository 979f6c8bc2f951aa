package org.labourhub.riskmaps.index;

import org.labourhub.risk.config.LevelMethod;
import org.labourhub.risk.index.IndexSettings;
import org.labourhub.risk.index.VulnerabilityIndex;
import org.labourhub.riskmaps.Dataset;
import org.labourhub.riskmaps.DatasetVariable;
import org.labourhub.riskmaps.datasets.TerritoryFigures;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks an index form against its table and computes the index with the engine: every refusal names the field, the
 * indicator or the row concerned; nothing is saved here.
 */
@Component
class IndexCalculation {

    static final List<String> METHODS = List.of("NATURAL_BREAKS", "QUANTILES", "EQUAL_WIDTH", "KMEANS");
    static final List<String> NORMALISATIONS = List.of("MIN_MAX", "Z_SCORE");
    static final List<String> WEIGHTINGS = List.of("EQUAL", "EXPERT", "PRINCIPAL_COMPONENT");
    static final int MAX_LEVELS = 5;

    private final TerritoryFigures figures;

    IndexCalculation(TerritoryFigures figures) {
        this.figures = figures;
    }

    /** The index computed: its settings with the weights and thresholds found, and its territories. */
    record Computed(IndexResult.Settings settings, List<IndexResult.Territory> territories) {
    }

    Computed compute(IndexForm form, Dataset dataset) {
        IndexSettings settings = settings(form, dataset);
        List<IndexForm.IndicatorRow> chosen = form.chosen();
        TerritoryFigures.Table table = table(dataset, settings);
        int territories = table.codes().size();
        if (territories < Math.max(3, settings.levels())) {
            throw new IndexProblem(null, "riskmaps.index.problem.fewTerritories", territories, settings.levels());
        }
        for (int i = 0; i < chosen.size(); i++) {
            double[] values = table.columns()[i];
            if (Arrays.stream(values).min().orElseThrow() == Arrays.stream(values).max().orElseThrow()) {
                throw new IndexProblem("indicators[" + form.getIndicators().indexOf(chosen.get(i)) + "].chosen",
                        "riskmaps.index.problem.constant", chosen.get(i).getColumn());
            }
        }
        VulnerabilityIndex.Result result = VulnerabilityIndex.of(table.columns(), settings);
        var indicators = new ArrayList<IndexResult.Indicator>();
        for (int i = 0; i < chosen.size(); i++) {
            IndexSettings.Indicator asked = settings.indicators().get(i);
            indicators.add(new IndexResult.Indicator(asked.column(), chosen.get(i).labels(), asked.higherIsRiskier(),
                    asked.expertWeight(), result.weights()[i]));
        }
        Double explained = settings.weighting() == IndexSettings.Weighting.PRINCIPAL_COMPONENT
                ? ExplainedVariance.ofFirstComponent(result.normalised()) : null;
        var saved = new IndexResult.Settings(form.getTerritoryColumn(), indicators, form.getNormalisation(),
                form.getWeighting(), settings.levels(), form.getLevelMethod(),
                Arrays.stream(result.levels().thresholds()).boxed().toList(), explained, dataset.name(),
                dataset.sha256(), dataset.rows());
        var rows = new ArrayList<IndexResult.Territory>(territories);
        for (int t = 0; t < territories; t++) {
            var normalised = new ArrayList<Double>(chosen.size());
            for (double[] indicator : result.normalised()) {
                normalised.add(indicator[t]);
            }
            rows.add(new IndexResult.Territory(table.codes().get(t), result.score()[t], result.level()[t] + 1,
                    normalised));
        }
        return new Computed(saved, rows);
    }

    private TerritoryFigures.Table table(Dataset dataset, IndexSettings settings) {
        try {
            return figures.read(dataset, settings.territoryColumn(),
                    settings.indicators().stream().map(IndexSettings.Indicator::column).toList());
        } catch (TerritoryFigures.Problem p) {
            var args = new ArrayList<Object>();
            args.add(dataset.originalName());
            args.add(p.row());
            args.addAll(p.args());
            throw new IndexProblem(null, "riskmaps.index.problem." + p.kind().suffix()
                    + (p.row() > 0 && p.cases() ? "Case" : ""),
                    args.toArray());
        }
    }

    /** The engine's settings from the form, or the first thing wrong with it. */
    private static IndexSettings settings(IndexForm form, Dataset dataset) {
        if (form.getTitle().isBlank()) {
            throw new IndexProblem("title", "validation.required");
        }
        if (form.getTitle().strip().length() > 200) {
            throw new IndexProblem("title", "validation.tooLong", 200);
        }
        Optional<DatasetVariable> territory = dataset.variable(form.getTerritoryColumn());
        if (territory.isEmpty()) {
            throw new IndexProblem("territoryColumn", "riskmaps.index.problem.territoryColumn");
        }
        if (!NORMALISATIONS.contains(form.getNormalisation()) || !WEIGHTINGS.contains(form.getWeighting())
                || !METHODS.contains(form.getLevelMethod())) {
            throw new IndexProblem(null, "riskmaps.index.problem.options");
        }
        if (form.getLevels() < 2 || form.getLevels() > MAX_LEVELS) {
            throw new IndexProblem("levels", "riskmaps.index.problem.levels", MAX_LEVELS);
        }
        List<IndexForm.IndicatorRow> chosen = form.chosen();
        if (chosen.size() < 2) {
            throw new IndexProblem(null, "riskmaps.index.problem.twoIndicators", chosen.size());
        }
        boolean expert = form.getWeighting().equals("EXPERT");
        var indicators = new ArrayList<IndexSettings.Indicator>();
        Set<String> seen = new java.util.HashSet<>();
        double total = 0;
        for (IndexForm.IndicatorRow row : chosen) {
            String field = "indicators[" + form.getIndicators().indexOf(row) + "]";
            DatasetVariable variable = dataset.variable(row.getColumn())
                    .orElseThrow(() -> new IndexProblem(field + ".chosen", "riskmaps.index.problem.noSuchColumn",
                            row.getColumn()));
            if (variable.name().equals(form.getTerritoryColumn())) {
                throw new IndexProblem(field + ".chosen", "riskmaps.index.problem.territoryAsIndicator", row.getColumn());
            }
            if (!variable.numeric()) {
                String example = variable.examples().stream().findFirst().orElse("");
                throw new IndexProblem(field + ".chosen", "riskmaps.index.problem.notNumeric", row.getColumn(), example);
            }
            if (!seen.add(row.getColumn())) {
                throw new IndexProblem(field + ".chosen", "riskmaps.index.problem.sameIndicatorTwice", row.getColumn());
            }
            double weight = expert ? weight(row, field) : 0;
            total += weight;
            indicators.add(new IndexSettings.Indicator(row.getColumn(), row.isHigherIsRiskier(), weight));
        }
        if (expert && total <= 0) {
            throw new IndexProblem(null, "riskmaps.index.problem.noWeights");
        }
        return new IndexSettings(form.getTerritoryColumn(), indicators,
                IndexSettings.Normalisation.valueOf(form.getNormalisation()),
                IndexSettings.Weighting.valueOf(form.getWeighting()), form.getLevels(),
                LevelMethod.valueOf(form.getLevelMethod()));
    }

    /** An expert weight as written, with a point or a comma for decimals; never negative. */
    private static double weight(IndexForm.IndicatorRow row, String field) {
        String written = row.getWeight().replace(',', '.');
        double weight;
        try {
            weight = Double.parseDouble(written);
        } catch (NumberFormatException e) {
            throw new IndexProblem(field + ".weight", "riskmaps.index.problem.weight", row.getColumn(), row.getWeight());
        }
        if (!Double.isFinite(weight) || weight < 0) {
            throw new IndexProblem(field + ".weight", "riskmaps.index.problem.weight", row.getColumn(), row.getWeight());
        }
        return weight;
    }
}
