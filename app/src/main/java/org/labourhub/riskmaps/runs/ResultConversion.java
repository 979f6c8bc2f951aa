package org.labourhub.riskmaps.runs;

import org.labourhub.risk.HarmonisationCheck;
import org.labourhub.risk.RunResult;
import org.labourhub.risk.factors.TerritoryFactors;
import org.labourhub.risk.model.ModelTerms;
import org.labourhub.risk.survey.DirectEstimate;
import org.labourhub.risk.transfer.ShareGap;
import org.labourhub.riskmaps.Labels;
import org.labourhub.riskmaps.MappedCovariate;
import org.labourhub.riskmaps.RunInputs;
import org.labourhub.riskmaps.RunSummary;
import org.labourhub.riskmaps.TerritoryResult;
import org.labourhub.riskmaps.TerritoryResult.FactorPart;
import org.labourhub.riskmaps.TerritoryResult.ProfileValue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The engine's result in the platform's words: covariates and their levels under the labels the analyst gave them,
 * levels counted from 1, direct estimates by sex and age band.
 */
final class ResultConversion {

    private final RunResult result;
    private final Map<String, MappedCovariate> covariates = new HashMap<>();

    ResultConversion(RunResult result, RunInputs inputs) {
        this.result = result;
        inputs.surveyMapping().covariates().forEach(c -> covariates.put(c.variable(), c));
    }

    /** What a run stopped after its harmonisation check shows: the survey, the comparison and the diagnostics. */
    static RunSummary checked(HarmonisationCheck.Result check, RunInputs inputs) {
        var conversion = new ResultConversion(null, inputs);
        var s = check.survey();
        var survey = new RunSummary.Survey(s.children(), s.strata(), s.psus(), s.households(), s.skippedOutOfAge(),
                s.blankOutcomes(), s.zeroWeights());
        var found = check.diagnostics();
        var diagnostics = new RunSummary.Diagnostics(found.zeroWeightRows(), s.blankOutcomes(),
                found.censusNotInSurvey(), found.surveyNotInCensus(), List.of(), List.of());
        var harmonisation = check.gaps().stream().filter(g -> g.scope().equals("national"))
                .map(conversion::harmonisation).toList();
        return new RunSummary(survey, List.of(), List.of(), 0, List.of(), harmonisation, diagnostics, null, 0,
                check.censusRows(), Optional.empty(), Map.of());
    }

    RunSummary summary() {
        double nationalRate = result.factors().isEmpty() ? 0 : result.factors().get(0).nationalRate();
        var s = result.survey();
        var survey = new RunSummary.Survey(s.children(), s.strata(), s.psus(), s.households(), s.skippedOutOfAge(),
                s.blankOutcomes(), s.zeroWeights());
        var model = result.model();
        var coefficients = new ArrayList<RunSummary.Coefficient>();
        coefficients.add(coefficient(null, null, 0));
        for (ModelTerms.Term term : model.terms().terms()) {
            Labels covariate = labels(term.covariate().name());
            for (int l = 0; l < term.width(); l++) {
                Labels level = term.categorical() ? level(term.covariate().name(), term.levels().get(l)) : null;
                coefficients.add(coefficient(covariate, level, term.firstColumn() + l));
            }
        }
        var d = result.diagnostics();
        var calibration = new ArrayList<RunSummary.Calibration>();
        for (int i = 0; i < d.decilePredicted().length; i++) {
            calibration.add(new RunSummary.Calibration(i + 1, d.decilePredicted()[i], d.decileObserved()[i],
                    d.decileWeight()[i]));
        }
        var harmonisation = result.harmonisation().stream().filter(g -> g.scope().equals("national"))
                .map(this::harmonisation).toList();
        var levels = new RunSummary.LevelScheme(result.config().levelMethod().name(), result.levels().count(),
                java.util.Arrays.stream(result.levels().thresholds()).boxed().toList(),
                result.config().weightedLevels());
        var found = result.dataDiagnostics();
        var diagnostics = new RunSummary.Diagnostics(found.zeroWeightRows(), s.blankOutcomes(),
                found.censusNotInSurvey(), found.surveyNotInCensus(), List.of(), List.of());
        return new RunSummary(survey, direct(), coefficients, d.auc(), calibration, harmonisation, diagnostics,
                levels, nationalRate, result.rates().totals().rowsRead(), Optional.empty(), result.stageSeconds());
    }

    private RunSummary.Coefficient coefficient(Labels covariate, Labels level, int column) {
        double beta = result.model().beta()[column];
        double se = result.model().standardError(column);
        return new RunSummary.Coefficient(covariate, level, beta, se, Math.exp(beta), Math.exp(beta - 1.959964 * se),
                Math.exp(beta + 1.959964 * se));
    }

    private RunSummary.Harmonisation harmonisation(ShareGap g) {
        boolean mean = g.category().equals("(mean)");
        return new RunSummary.Harmonisation(labels(g.covariate()), mean ? null : level(g.covariate(), g.category()), g.survey(),
                g.census(), g.gap(), g.flagged());
    }

    /** Domains in the engine's order: all, boys, girls, the three age bands; the rest (regions) are not shown. */
    private List<RunSummary.Direct> direct() {
        List<DirectEstimate> all = result.direct();
        var direct = new ArrayList<RunSummary.Direct>();
        String[] sexes = {null, "MALE", "FEMALE"};
        for (int i = 0; i < 3 && i < all.size(); i++) {
            direct.add(direct(all.get(i), sexes[i], null));
        }
        for (int band = 0; band < 3 && 3 + band < all.size(); band++) {
            direct.add(direct(all.get(3 + band), null, band));
        }
        return direct;
    }

    private static RunSummary.Direct direct(DirectEstimate e, String sex, Integer band) {
        return new RunSummary.Direct(sex, band, e.children(), e.proportion(), e.proportionSe());
    }

    List<TerritoryResult> territories() {
        var rates = result.rates();
        var intervals = result.intervals();
        var list = new ArrayList<TerritoryResult>(rates.size());
        for (int t = 0; t < rates.size(); t++) {
            var details = new TerritoryResult.TerritoryDetails(rate(rates.rate(t, 1, -1)), rate(rates.rate(t, 0, -1)),
                    List.of(rates.rate(t, -1, 0), rates.rate(t, -1, 1), rates.rate(t, -1, 2)), profile(t),
                    factors(result.factors().get(t)));
            list.add(new TerritoryResult(rates.totals().codes().get(t), region(t), rates.children(t),
                    rates.expected(t), rates.rate(t), intervals.rateLow()[t], intervals.rateHigh()[t],
                    intervals.rank()[t], intervals.rankLow()[t], intervals.rankHigh()[t], result.level()[t] + 1,
                    intervals.probabilityHigh()[t], result.fewChildren(t), result.wideInterval(t), details));
        }
        return list;
    }

    private String region(int t) {
        var regions = result.rates().totals().regions();
        return regions == null || t >= regions.size() ? null : regions.get(t);
    }

    private static Double rate(double r) {
        return Double.isFinite(r) ? r : null;
    }

    private List<ProfileValue> profile(int t) {
        double[] means = result.rates().totals().covariateMeans()[t];
        double[] national = nationalMeans();
        var profile = new ArrayList<ProfileValue>();
        for (ModelTerms.Term term : result.model().terms().terms()) {
            MappedCovariate mapped = covariates.get(term.covariate().name());
            for (int l = 0; l < term.width(); l++) {
                int column = term.firstColumn() + l;
                profile.add(new ProfileValue(labels(term.covariate().name()),
                        term.categorical() ? level(term.covariate().name(), term.levels().get(l)) : null,
                        term.binary() && mapped != null ? mapped.tag() : null, term.categorical() || term.binary(),
                        means[column], national[column]));
            }
        }
        return profile;
    }

    private double[] national;

    /** The census-wide mean of each column, weighted by the territories' children. */
    private double[] nationalMeans() {
        if (national == null) {
            var rates = result.rates();
            double[][] means = rates.totals().covariateMeans();
            double[] sum = new double[means.length == 0 ? 0 : means[0].length];
            double children = 0;
            for (int t = 0; t < rates.size(); t++) {
                for (int j = 0; j < sum.length; j++) {
                    sum[j] += means[t][j] * rates.children(t);
                }
                children += rates.children(t);
            }
            for (int j = 0; j < sum.length; j++) {
                sum[j] /= children;
            }
            national = sum;
        }
        return national;
    }

    private List<FactorPart> factors(TerritoryFactors factors) {
        return factors.shares().stream().map(f -> new FactorPart(labels(f.factor()), f.part(), f.share(), f.logOdds()))
                .toList();
    }

    private Labels level(String covariate, String value) {
        MappedCovariate mapped = covariates.get(covariate);
        return mapped == null ? Labels.of(value) : mapped.level(value);
    }

    private Labels labels(String covariate) {
        MappedCovariate mapped = covariates.get(covariate);
        return mapped == null ? Labels.of(covariate) : mapped.labels();
    }
}
