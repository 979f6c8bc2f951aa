package org.labourhub.riskmaps.results;

import org.labourhub.accounts.Actor;
import org.labourhub.platform.web.RecordNotFound;
import org.labourhub.risk.survey.ChildLabourDefinition;
import org.labourhub.riskmaps.ModelRun;
import org.labourhub.riskmaps.RunState;
import org.labourhub.riskmaps.RunSummary;
import org.labourhub.riskmaps.RunSummary.Coefficient;
import org.labourhub.riskmaps.RunSummary.Direct;
import org.labourhub.riskmaps.RunSummary.Harmonisation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.util.Locale;

/**
 * A run's statistical pages: the harmonisation check (also of a run stopped after it), the model report and the
 * direct SDG 8.7.1 estimates from the survey.
 */
@Controller
class ModelReportController {

    /** The normal quantile of a two-sided 90 % interval. */
    static final double Z90 = 1.6448536269514722;

    private final RunAccess access;
    private final RunHeader header;

    ModelReportController(RunAccess access, RunHeader header) {
        this.access = access;
        this.header = header;
    }

    /** A harmonisation line in words: shares as percentages and their gap in points, means as numbers. */
    record GapLine(String covariate, String level, String survey, String census, String gap, boolean flagged) {
    }

    /** A coefficient in words; the intercept is named as the baseline child. */
    record CoefficientLine(String term, String beta, String standardError, String oddsRatio, String interval,
                           boolean intercept) {
    }

    /** A direct estimate with its 90 % interval. */
    record DirectLine(String group, String children, String rate, String standardError, String interval,
                      double value, boolean total) {
    }

    @GetMapping("/riskmaps/runs/{id}/harmonisation")
    String harmonisation(@PathVariable long id, Locale locale, Model model) {
        ModelRun run = access.visible(id, Actor.current());
        if (!run.isFinished() && run.state() != RunState.CHECKED) {
            throw new RecordNotFound("model-run", id);
        }
        RunSummary summary = access.summary(run);
        RunWords words = header.add(run, locale, model);
        model.addAttribute("gaps", summary.harmonisation().stream().map(g -> gap(g, words)).toList());
        model.addAttribute("flagged", summary.harmonisation().stream().filter(Harmonisation::flagged).count());
        model.addAttribute("maxGap", words.rate(run.inputs().options().maxShareGap()));
        return "riskmaps/results/harmonisation";
    }

    @GetMapping("/riskmaps/runs/{id}/model")
    String model(@PathVariable long id, Locale locale, Model model) {
        ModelRun run = access.finished(id, Actor.current());
        RunSummary summary = access.summary(run);
        RunWords words = header.add(run, locale, model);
        model.addAttribute("summary", summary);
        model.addAttribute("coefficients", summary.coefficients().stream().map(c -> coefficient(c, words)).toList());
        model.addAttribute("method", words.method(summary.levels()));
        model.addAttribute("auc", words.decimal(summary.auc(), 3));
        model.addAttribute("calibration", summary.calibration());
        return "riskmaps/results/model";
    }

    @GetMapping("/riskmaps/runs/{id}/direct")
    String direct(@PathVariable long id, Locale locale, Model model) {
        ModelRun run = access.finished(id, Actor.current());
        RunSummary summary = access.summary(run);
        RunWords words = header.add(run, locale, model);
        ChildLabourDefinition rules = run.inputs().definition().rules();
        model.addAttribute("estimates", summary.direct().stream().map(d -> direct(d, rules, words)).toList());
        return "riskmaps/results/direct";
    }

    static GapLine gap(Harmonisation g, RunWords words) {
        boolean share = g.level() != null;
        Locale locale = words.locale();
        return new GapLine(g.covariate().in(locale), share ? g.level().in(locale) : words.message("riskmaps.results.mean"),
                share ? words.rate(g.survey()) : words.decimal(g.survey(), 2),
                share ? words.rate(g.census()) : words.decimal(g.census(), 2),
                share ? words.message("riskmaps.results.points", words.decimal(g.gap() * 100, 1)) : words.rate(g.gap()),
                g.flagged());
    }

    static CoefficientLine coefficient(Coefficient c, RunWords words) {
        Locale locale = words.locale();
        String term = c.isIntercept() ? words.message("riskmaps.results.intercept")
                : c.level() == null ? c.covariate().in(locale)
                : words.message("riskmaps.results.term", c.covariate().in(locale), c.level().in(locale));
        return new CoefficientLine(term, words.decimal(c.beta(), 3), words.decimal(c.standardError(), 3),
                words.decimal(c.oddsRatio(), 2),
                words.message("riskmaps.results.interval", words.decimal(c.oddsLow(), 2), words.decimal(c.oddsHigh(), 2)),
                c.isIntercept());
    }

    static DirectLine direct(Direct d, ChildLabourDefinition rules, RunWords words) {
        String band = d.ageBand() == null ? words.message("riskmaps.results.allAges") : words.ageBand(rules, d.ageBand());
        double low = Math.max(0, d.rate() - Z90 * d.standardError());
        double high = Math.min(1, d.rate() + Z90 * d.standardError());
        return new DirectLine(words.message("riskmaps.results.group", words.sex(d.sex()), band), words.count(d.children()),
                words.rate(d.rate()), words.rate(d.standardError()), words.rateInterval(low, high), d.rate(),
                d.sex() == null && d.ageBand() == null);
    }

}
