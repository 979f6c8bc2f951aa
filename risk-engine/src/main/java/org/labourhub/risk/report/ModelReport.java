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
import java.util.Map;
import org.labourhub.risk.RunDiagnostics;
import org.labourhub.risk.RunResult;
import org.labourhub.risk.model.ModelDiagnostics;
import org.labourhub.risk.model.SurveyModel;
import org.labourhub.risk.survey.DirectEstimate;
import org.labourhub.risk.transfer.ShareGap;

/**
 * The model report: survey, direct SDG 8.7.1 estimates, coefficients with design-based standard errors and odds
 * ratios, weighted AUC, calibration by decile, harmonisation table, levels and validation. As JSON and HTML.
 */
public final class ModelReport {

    private ModelReport() {
    }

    public static void writeJson(RunResult run, Path file) {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            new JsonWriter(out).value(content(run));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    static Map<String, Object> content(RunResult run) {
        var report = new LinkedHashMap<String, Object>();
        var survey = run.survey();
        report.put("survey", ordered("children", survey.children(), "strata", survey.strata(), "psus", survey.psus(),
                "households", survey.households(), "skipped_out_of_age", survey.skippedOutOfAge(),
                "blank_outcomes", survey.blankOutcomes(), "zero_weights", survey.zeroWeights()));
        report.put("direct_estimates", run.direct().stream().map(d -> (Object) direct(d)).toList());
        report.put("coefficients", coefficients(run.model()));
        ModelDiagnostics diagnostics = run.diagnostics();
        report.put("weighted_auc", diagnostics.auc());
        report.put("fit_iterations", run.model().fit().iterations());
        report.put("deviance", run.model().fit().deviance());
        report.put("calibration", ordered("predicted", diagnostics.decilePredicted(), "observed",
                diagnostics.decileObserved(), "weight", diagnostics.decileWeight()));
        report.put("diagnostics", diagnostics(run.dataDiagnostics()));
        report.put("harmonisation", run.harmonisation().stream().map(g -> (Object) gap(g)).toList());
        report.put("levels", ordered("method", run.config().levelMethod().name().toLowerCase(), "thresholds",
                run.levels().thresholds()));
        report.put("simulation_draws", run.intervals().draws());
        run.validation().ifPresent(v -> report.put("validation", ordered("territories", v.territories(),
                "pearson", v.pearson(), "spearman", v.spearman(), "kendall_tau_b", v.kendallTauB(), "kappa", v.kappa(),
                "precision_high", v.precisionHigh(), "recall_high", v.recallHigh(), "mae", v.meanAbsoluteError())));
        report.put("stage_seconds", run.stageSeconds());
        report.put("stage_cpu_seconds", run.stageCpuSeconds());
        return report;
    }

    /** A map of the given key, value pairs in the order given, so that the JSON reads the same on every run. */
    static Map<String, Object> ordered(Object... keysAndValues) {
        var map = new LinkedHashMap<String, Object>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    static Map<String, Object> diagnostics(RunDiagnostics d) {
        var m = ordered("zero_weight_rows", d.zeroWeightRows(), "zero_weight_rows_handling", "kept with no weight",
                "survey_has_territories", d.surveyHasTerritories(),
                "census_territories_not_in_survey", d.censusNotInSurvey(),
                "survey_territories_not_in_census", d.surveyNotInCensus());
        d.boundaries().ifPresent(b -> {
            m.put("territories_without_boundary", b.territoriesWithoutBoundary());
            m.put("boundaries_without_data", b.boundariesWithoutData());
        });
        return m;
    }

    private static Map<String, Object> direct(DirectEstimate d) {
        var m = new LinkedHashMap<String, Object>();
        m.put("domain", d.domain());
        m.put("sample_size", d.sampleSize());
        m.put("children", d.children());
        m.put("proportion", d.proportion());
        m.put("proportion_se", d.proportionSe());
        m.put("number", d.number());
        m.put("number_se", d.numberSe());
        return m;
    }

    private static List<Object> coefficients(SurveyModel model) {
        var list = new ArrayList<Object>();
        for (int j = 0; j < model.beta().length; j++) {
            var m = new LinkedHashMap<String, Object>();
            double b = model.beta()[j], se = model.standardError(j);
            m.put("term", model.terms().columnNames().get(j));
            m.put("coefficient", b);
            m.put("se", se);
            m.put("z", b / se);
            m.put("odds_ratio", Math.exp(b));
            m.put("odds_ratio_low95", Math.exp(b - 1.959964 * se));
            m.put("odds_ratio_high95", Math.exp(b + 1.959964 * se));
            list.add(m);
        }
        return list;
    }

    private static Map<String, Object> gap(ShareGap g) {
        var m = new LinkedHashMap<String, Object>();
        m.put("covariate", g.covariate());
        m.put("category", g.category());
        m.put("scope", g.scope());
        m.put("survey", g.survey());
        m.put("census", g.census());
        m.put("gap", g.gap());
        m.put("flagged", g.flagged());
        return m;
    }

    public static void writeHtml(RunResult run, Path file) {
        var m = new Messages(run.config().language());
        var body = new StringBuilder();
        var s = run.survey();
        body.append("<h2>").append(m.get("report.method.title")).append("</h2><p>")
                .append(Html.escape(m.get("report.method.text", run.config().draws()))).append("</p>\n");
        body.append("<p>").append(Html.escape(m.get("report.survey", s.children(), s.households(), s.psus(), s.strata(),
                run.rates().size()))).append("</p>\n");
        if (s.blankOutcomes() > 0) {
            body.append("<p>").append(Html.escape(m.get("report.blank", s.blankOutcomes()))).append("</p>\n");
        }
        body.append("<h2>").append(m.get("report.direct")).append("</h2><table>").append(Html.header(m.get("col.domain"),
                m.get("col.sample"), m.get("col.proportion"), m.get("col.se"), m.get("col.number"), m.get("col.se")));
        for (DirectEstimate d : run.direct()) {
            body.append(Html.row(m.domain(d.domain()), m.number(d.sampleSize(), 0), m.percent(d.proportion()),
                    m.percent(d.proportionSe()), m.number(d.number(), 0), m.number(d.numberSe(), 0)));
        }
        body.append("</table><h2>").append(m.get("report.model")).append("</h2><table>").append(Html.header(
                m.get("col.term"), m.get("col.coefficient"), m.get("col.se.design"), m.get("col.odds.ratio"),
                m.get("col.interval95")));
        SurveyModel model = run.model();
        for (int j = 0; j < model.beta().length; j++) {
            double b = model.beta()[j], se = model.standardError(j);
            body.append(Html.row(Labels.column(model.terms(), j, m), m.number(b, 4), m.number(se, 4),
                    m.number(Math.exp(b), 3), m.number(Math.exp(b - 1.959964 * se), 3) + " – "
                            + m.number(Math.exp(b + 1.959964 * se), 3)));
        }
        body.append("</table><p>").append(Html.escape(m.get("report.auc", m.number(run.diagnostics().auc(), 3),
                model.fit().iterations()))).append("</p>");
        calibration(run.diagnostics(), m, body);
        levels(run, m, body);
        inputChecks(run.dataDiagnostics(), m, body);
        harmonisation(run, m, body);
        try {
            Files.writeString(file, Html.page(run.config().language(), m.get("report.title"), body.toString()),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static void calibration(ModelDiagnostics d, Messages m, StringBuilder body) {
        body.append("<h2>").append(m.get("report.calibration")).append("</h2><table>")
                .append(Html.header(m.get("col.decile"), m.get("col.predicted"), m.get("col.observed")));
        for (int k = 0; k < 10; k++) {
            body.append(Html.row(k + 1, m.percent(d.decilePredicted()[k]), m.percent(d.decileObserved()[k])));
        }
        body.append("</table>");
    }

    private static void inputChecks(RunDiagnostics d, Messages m, StringBuilder body) {
        body.append("<h2>").append(m.get("report.diagnostics")).append("</h2>\n");
        int said = 0;
        if (d.zeroWeightRows() > 0) {
            body.append("<p>").append(Html.escape(m.get("report.zero.weights", d.zeroWeightRows()))).append("</p>\n");
            said++;
        }
        if (!d.surveyHasTerritories()) {
            body.append("<p>").append(Html.escape(m.get("report.survey.no.territory"))).append("</p>\n");
            said++;
        }
        said += codes(m, "report.census.not.survey", d.censusNotInSurvey(), body);
        said += codes(m, "report.survey.not.census", d.surveyNotInCensus(), body);
        if (d.boundaries().isPresent()) {
            said += codes(m, "report.no.boundary", d.boundaries().get().territoriesWithoutBoundary(), body);
            said += codes(m, "report.boundary.no.data", d.boundaries().get().boundariesWithoutData(), body);
        }
        if (said == 0) {
            body.append("<p>").append(Html.escape(m.get("report.inputs.agree"))).append("</p>\n");
        }
    }

    /** A sentence with the count and the first codes of a list; nothing when it is empty. */
    private static int codes(Messages m, String key, List<String> codes, StringBuilder body) {
        if (codes.isEmpty()) {
            return 0;
        }
        int shown = Math.min(codes.size(), 30);
        String list = String.join(", ", codes.subList(0, shown))
                + (codes.size() > shown ? " " + m.get("report.more", codes.size() - shown) : "");
        body.append("<p>").append(Html.escape(m.get(key, codes.size()) + " " + list)).append("</p>\n");
        return 1;
    }

    private static void levels(RunResult run, Messages m, StringBuilder body) {
        var config = run.config();
        var thresholds = java.util.Arrays.stream(run.levels().thresholds()).mapToObj(m::percent).toList();
        body.append("<h2>").append(m.get("report.levels")).append("</h2><p>").append(Html.escape(m.get(
                "report.levels.method", run.levels().count(), Labels.method(config.levelMethod(), m),
                config.weightedLevels() ? m.get("report.levels.weighted") : "", String.join("; ", thresholds))))
                .append("</p><ul>");
        Labels.levelRanges(run.levels(), m).forEach(r -> body.append("<li>").append(Html.escape(r)).append("</li>"));
        body.append("</ul>\n");
    }

    private static void harmonisation(RunResult run, Messages m, StringBuilder body) {
        List<ShareGap> gaps = run.harmonisation();
        body.append("<h2>").append(m.get("report.harmonisation")).append("</h2><table>")
                .append(Html.header(m.get("col.covariate"), m.get("col.category"), m.get("col.scope"),
                        m.get("col.survey"), m.get("col.census"), m.get("col.gap"), ""));
        for (ShareGap g : gaps) {
            var covariate = run.config().covariate(g.covariate());
            body.append(Html.row(covariate.label(m.language()), g.category().equals("(mean)") ? "("
                    + m.get("fiche.mean") + ")" : covariate.levelLabel(g.category(), m.language()), m.domain(g.scope()), m.number(g.survey(), 3), m.number(g.census(), 3),
                    m.number(g.gap(), 3), g.flagged() ? m.get("report.gap.flag") : ""));
        }
        body.append("</table>");
    }
}
