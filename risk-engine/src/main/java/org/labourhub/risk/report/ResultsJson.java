package org.labourhub.risk.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.labourhub.risk.HarmonisationCheck;
import org.labourhub.risk.RunResult;
import org.labourhub.risk.config.Covariate;
import org.labourhub.risk.config.RiskConfig;
import org.labourhub.risk.factors.FactorShare;
import org.labourhub.risk.factors.TerritoryFactors;
import org.labourhub.risk.model.ModelDiagnostics;
import org.labourhub.risk.model.ModelTerms;
import org.labourhub.risk.model.SurveyModel;
import org.labourhub.risk.survey.ChildLabourDefinition;
import org.labourhub.risk.survey.DirectEstimate;
import org.labourhub.risk.transfer.ShareGap;
import org.labourhub.risk.transfer.TerritoryRates;

/**
 * {@code results.json}: everything an application needs to show a run's results without running it again. Keys
 * are English snake_case and stable; numbers are plain JSON numbers (proportions, not percentages); labels are in
 * the configured language. See the risk-engine README for each key.
 */
public final class ResultsJson {

    static final double Z90 = 1.6448536269514722;
    static final double Z95 = 1.959963984540054;

    private ResultsJson() {
    }

    public static void write(RunResult run, Path file) {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            new JsonWriter(out).value(content(run));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** The engine's version from its jar's manifest, or "development" when run from classes. */
    public static String engineVersion() {
        String version = ResultsJson.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }

    static Map<String, Object> content(RunResult run) {
        var m = new Messages(run.config().language());
        var json = new LinkedHashMap<String, Object>();
        json.put("engine_version", engineVersion());
        json.put("configuration", configuration(run.config()));
        json.put("survey", ModelReport.content(run).get("survey"));
        json.put("direct_estimates", run.direct().stream().map(d -> (Object) direct(d, run.config().definition())).toList());
        json.put("coefficients", coefficients(run.model(), m));
        json.put("weighted_auc", run.diagnostics().auc());
        json.put("fit_iterations", run.model().fit().iterations());
        json.put("calibration", calibration(run.diagnostics()));
        json.put("harmonisation", harmonisation(run.harmonisation(), run.config(), m));
        json.put("diagnostics", ModelReport.diagnostics(run.dataDiagnostics()));
        json.put("levels", levels(run, m));
        json.put("simulation_draws", run.intervals().draws());
        var territories = new ArrayList<Object>();
        for (int t = 0; t < run.rates().size(); t++) {
            territories.add(territory(run, t, m));
        }
        json.put("territories", territories);
        run.validation().ifPresent(v -> json.put("validation", ModelReport.content(run).get("validation")));
        json.put("stage_seconds", run.stageSeconds());
        return json;
    }

    /** {@code harmonisation.json} of the {@code check} command: the table before any fit. */
    public static void writeCheck(HarmonisationCheck.Result check, RiskConfig config, java.io.Writer out) {
        var m = new Messages(config.language());
        var s = check.survey();
        var json = new LinkedHashMap<String, Object>();
        json.put("engine_version", engineVersion());
        json.put("max_gap", config.maxShareGap());
        json.put("survey", ModelReport.ordered("children", s.children(), "strata", s.strata(), "psus", s.psus(),
                "households", s.households(), "skipped_out_of_age", s.skippedOutOfAge(), "blank_outcomes",
                s.blankOutcomes(), "zero_weights", s.zeroWeights()));
        json.put("census", ModelReport.ordered("territories", check.territories(), "rows", check.censusRows()));
        json.put("flagged", check.gaps().stream().filter(ShareGap::flagged).count());
        json.put("harmonisation", harmonisation(check.gaps(), config, m));
        json.put("diagnostics", ModelReport.diagnostics(check.diagnostics()));
        new JsonWriter(out).value(json);
    }

    static Map<String, Object> configuration(RiskConfig c) {
        var columns = c.columns();
        var json = new LinkedHashMap<String, Object>();
        var names = new LinkedHashMap<String, Object>();
        columns.id().ifPresent(v -> names.put("id", v));
        columns.household().ifPresent(v -> names.put("household", v));
        names.put("psu", columns.psu());
        names.put("stratum", columns.stratum());
        names.put("weight", columns.weight());
        names.put("age", columns.age());
        names.put("sex", columns.sex());
        columns.economicHours().ifPresent(v -> names.put("hours_economic", v));
        columns.choreHours().ifPresent(v -> names.put("hours_chores", v));
        columns.hazardous().ifPresent(v -> names.put("hazardous", v));
        columns.worstForms().ifPresent(v -> names.put("worst_forms", v));
        columns.outcome().ifPresent(v -> names.put("outcome", v));
        names.put("territory", columns.territory());
        columns.region().ifPresent(v -> names.put("region", v));
        json.put("columns", names);
        json.put("sex_male", c.maleCode());
        json.put("sex_female", c.femaleCode());
        json.put("covariates", c.covariates().stream().map(ResultsJson::covariate).toList());
        ChildLabourDefinition d = c.definition();
        json.put("definition", ModelReport.ordered("age_min", d.minAge(), "young_max_age", d.youngMaxAge(),
                "middle_max_age", d.middleMaxAge(), "age_max", d.maxAge(), "young_min_hours", d.youngMinHours(),
                "middle_min_hours", d.middleMinHours(), "oldest_max_hours", d.oldestMaxHours(), "chores",
                d.countChores(), "chores_max_hours", d.choresMaxHours()));
        json.put("outcome_blank", key(c.blankOutcome()));
        json.put("variance_lonely_psu", key(c.lonelyPsu()));
        json.put("simulation_draws", c.draws());
        json.put("simulation_seed", c.seed());
        json.put("simulation_sample_per_territory", c.sampleSize());
        json.put("levels_count", c.levels());
        json.put("levels_method", key(c.levelMethod()));
        json.put("levels_weighted", c.weightedLevels());
        json.put("flags_min_children", c.minChildren());
        json.put("flags_max_interval_width", c.maxIntervalWidth());
        json.put("harmonisation_max_gap", c.maxShareGap());
        json.put("benchmarking", key(c.benchmarking()));
        json.put("geojson_code_property", c.boundaryCodeProperty());
        json.put("language", c.language());
        return json;
    }

    private static Map<String, Object> covariate(Covariate c) {
        var json = ModelReport.ordered("name", c.name(), "column", c.column(), "type",
                c.categorical() ? "categorical" : "numeric");
        if (c.categorical()) {
            json.put("reference", c.reference());
        }
        json.put("labels", c.labels());
        json.put("level_labels", c.levelLabels());
        return json;
    }

    static String key(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A domain with what it is: all children, a sex, an age group, or a region. */
    private static Map<String, Object> direct(DirectEstimate d, ChildLabourDefinition definition) {
        String domain = d.domain();
        String kind = domain.equals("all children") ? "all" : domain.equals("boys") || domain.equals("girls") ? "sex"
                : domain.startsWith("aged ") ? "age" : "region";
        String group = switch (kind) {
            case "all" -> "all";
            case "sex" -> domain;
            case "age" -> domain.substring(5);
            default -> domain.substring(7);
        };
        var json = ModelReport.ordered("domain", domain, "kind", kind, "group", group, "sample_size", d.sampleSize(),
                "children", d.children(), "proportion", d.proportion(), "proportion_se", d.proportionSe(),
                "number", d.number(), "number_se", d.numberSe());
        return json;
    }

    private static List<Object> coefficients(SurveyModel model, Messages m) {
        var list = new ArrayList<Object>();
        ModelTerms terms = model.terms();
        for (int j = 0; j < model.beta().length; j++) {
            double b = model.beta()[j], se = model.standardError(j);
            var json = new LinkedHashMap<String, Object>();
            json.put("term", terms.columnNames().get(j));
            json.put("label", Labels.column(terms, j, m));
            ModelTerms.Term term = termOf(terms, j);
            json.put("covariate", term == null ? "" : term.covariate().name());
            json.put("level", term != null && term.categorical() ? term.levels().get(j - term.firstColumn()) : "");
            json.put("beta", b);
            json.put("se", se);
            json.put("z", b / se);
            json.put("odds_ratio", Math.exp(b));
            json.put("odds_ratio_low90", Math.exp(b - Z90 * se));
            json.put("odds_ratio_high90", Math.exp(b + Z90 * se));
            json.put("odds_ratio_low95", Math.exp(b - Z95 * se));
            json.put("odds_ratio_high95", Math.exp(b + Z95 * se));
            list.add(json);
        }
        return list;
    }

    /** The covariate term holding model column j, or null for the intercept. */
    private static ModelTerms.Term termOf(ModelTerms terms, int j) {
        return terms.terms().stream().filter(t -> j >= t.firstColumn() && j < t.firstColumn() + t.width()).findFirst()
                .orElse(null);
    }

    private static List<Object> calibration(ModelDiagnostics d) {
        var list = new ArrayList<Object>();
        for (int k = 0; k < d.decilePredicted().length; k++) {
            list.add(ModelReport.ordered("decile", k + 1, "predicted", d.decilePredicted()[k], "observed",
                    d.decileObserved()[k], "weight", d.decileWeight()[k]));
        }
        return list;
    }

    static List<Object> harmonisation(List<ShareGap> gaps, RiskConfig config, Messages m) {
        var list = new ArrayList<Object>();
        for (ShareGap g : gaps) {
            Covariate c = config.covariate(g.covariate());
            boolean mean = g.category().equals("(mean)");
            list.add(ModelReport.ordered("covariate", g.covariate(), "label", c.label(m.language()),
                    "category", mean ? "" : g.category(), "category_label", mean ? "" : c.levelLabel(g.category(),
                            m.language()), "statistic", mean ? "mean" : "share", "scope", g.scope().startsWith("region ")
                            ? "region" : "national", "region", g.scope().startsWith("region ") ? g.scope().substring(7)
                            : "", "survey", g.survey(), "census", g.census(), "gap", g.gap(), "flagged", g.flagged()));
        }
        return list;
    }

    private static Map<String, Object> levels(RunResult run, Messages m) {
        var names = new ArrayList<Object>();
        for (int level = 0; level < run.levels().count(); level++) {
            names.add(ModelReport.ordered("level", level + 1, "key", run.levels().name(level), "label",
                    m.level(run.levels(), level)));
        }
        return ModelReport.ordered("count", run.levels().count(), "method", key(run.config().levelMethod()),
                "method_label", Labels.method(run.config().levelMethod(), m), "weighted", run.config().weightedLevels(),
                "thresholds", run.levels().thresholds(), "levels", names);
    }

    private static Map<String, Object> territory(RunResult run, int t, Messages m) {
        TerritoryRates r = run.rates();
        var intervals = run.intervals();
        ChildLabourDefinition d = run.config().definition();
        var json = new LinkedHashMap<String, Object>();
        json.put("code", r.totals().codes().get(t));
        String region = r.totals().regions().get(t);
        if (region != null) {
            json.put("region", region);
        }
        json.put("children", r.children(t));
        json.put("expected", r.expected(t));
        json.put("rate", r.rate(t));
        json.put("rate_low90", intervals.rateLow()[t]);
        json.put("rate_high90", intervals.rateHigh()[t]);
        json.put("rank", intervals.rank()[t]);
        json.put("rank_low90", intervals.rankLow()[t]);
        json.put("rank_high90", intervals.rankHigh()[t]);
        json.put("level", run.level()[t] + 1);
        json.put("level_key", run.levels().name(run.level()[t]));
        json.put("p_high", intervals.probabilityHigh()[t]);
        json.put("benchmark_factor", r.factor()[t]);
        json.put("flags", ModelReport.ordered("few_children", run.fewChildren(t), "wide_interval", run.wideInterval(t)));
        json.put("rates_by_sex", ModelReport.ordered("boys", r.rate(t, 1, -1), "girls", r.rate(t, 0, -1)));
        var ages = new LinkedHashMap<String, Object>();
        for (int band = 0; band < 3; band++) {
            ages.put(d.bandLabel(band), r.rate(t, -1, band));
        }
        ages.put(d.youngerBandsLabel(), r.rate(t, -1, 3));
        json.put("rates_by_age", ages);
        json.put("profile", profile(run, t, m));
        json.put("factors", factors(run.factors().get(t), run.config(), m));
        return json;
    }

    /** The census means of the model's columns in the territory, with the national means beside them. */
    private static List<Object> profile(RunResult run, int t, Messages m) {
        double[] means = run.rates().totals().covariateMeans()[t];
        var list = new ArrayList<Object>();
        ModelTerms terms = run.model().terms();
        for (ModelTerms.Term term : terms.terms()) {
            for (int l = 0; l < term.width(); l++) {
                int j = term.firstColumn() + l;
                list.add(ModelReport.ordered("term", terms.columnNames().get(j), "covariate", term.covariate().name(),
                        "level", term.categorical() ? term.levels().get(l) : "", "label", Labels.column(terms, j, m),
                        "statistic", term.categorical() || term.binary() ? "share" : "mean", "value", means[j]));
            }
        }
        return list;
    }

    private static Map<String, Object> factors(TerritoryFactors f, RiskConfig config, Messages m) {
        var parts = new ArrayList<Object>();
        for (FactorShare s : f.shares()) {
            parts.add(ModelReport.ordered("covariate", s.factor(), "label", config.covariate(s.factor())
                    .label(m.language()), "log_odds", s.logOdds(), "part", s.part(), "share", s.share()));
        }
        return ModelReport.ordered("national_rate", f.nationalRate(), "difference", f.difference(), "mapping",
                key(f.mapping()), "residual", f.residual(), "top_risk_factor", TerritoryRow.top(f.shares(), true),
                "top_protective_factor", TerritoryRow.top(f.shares(), false), "parts", parts);
    }
}
