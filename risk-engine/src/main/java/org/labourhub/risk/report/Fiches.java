package org.labourhub.risk.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.labourhub.risk.RunResult;
import org.labourhub.risk.factors.FactorShare;
import org.labourhub.risk.model.ModelTerms;

/**
 * One HTML fiche per territory — population, profile, rate, level, interval, rank, flags, risk and protective
 * factors — and an index page linking them.
 */
public final class Fiches {

    private static final int WRITERS = 8;

    private Fiches() {
    }

    public static void write(RunResult run, OutputDirectory out) {
        var index = new StringBuilder("<table>").append(Html.header("Territory", "Children", "Rate", "Level"));
        for (int t = 0; t < run.rates().size(); t++) {
            String code = run.rates().totals().codes().get(t);
            index.append("<tr><td><a href=\"").append(Html.escape(safe(code))).append(".html\">").append(Html.escape(code))
                    .append("</a></td><td>").append(Html.number(run.rates().children(t), 0)).append("</td><td>")
                    .append(Html.percent(run.rates().rate(t))).append("</td><td>")
                    .append(run.levels().name(run.level()[t])).append("</td></tr>\n");
        }
        write(out, "fiches/index.html", Html.page("Territory fiches", index.append("</table>").toString()));
        writeEach(run, out);
    }

    /** Creating thousands of small files is bound by the file system's latency, so several threads write. */
    private static void writeEach(RunResult run, OutputDirectory out) {
        int territories = run.rates().size();
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        try {
            var done = new ArrayList<Future<?>>();
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                done.add(pool.submit(() -> {
                    for (int t = writer; t < territories; t += WRITERS) {
                        String code = run.rates().totals().codes().get(t);
                        write(out, "fiches/" + safe(code) + ".html", Html.page("Territory " + code, fiche(run, t)));
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing fiches", e);
        } finally {
            pool.shutdownNow();
        }
    }

    static String fiche(RunResult run, int t) {
        var r = run.rates();
        var body = new StringBuilder("<table>");
        body.append(Html.row("Region", String.valueOf(r.totals().regions().get(t))));
        body.append(Html.row("Children " + run.config().definition().minAge() + "–" + run.config().definition().maxAge(),
                Html.number(r.children(t), 0)));
        body.append(Html.row("Estimated children in child labour", Html.number(r.expected(t), 0)));
        body.append(Html.row("Child labour rate", Html.percent(r.rate(t))));
        body.append(Html.row("90 % interval", Html.percent(run.intervals().rateLow()[t]) + " – "
                + Html.percent(run.intervals().rateHigh()[t])));
        body.append(Html.row("Risk level", run.levels().name(run.level()[t])));
        body.append(Html.row("Probability of the high level", Html.percent(run.intervals().probabilityHigh()[t])));
        body.append(Html.row("Rank (1 = highest risk)", run.intervals().rank()[t] + " of " + r.size() + " (90 %: "
                + Html.number(run.intervals().rankLow()[t], 0) + "–" + Html.number(run.intervals().rankHigh()[t], 0) + ")"));
        body.append(Html.row("Rate, boys / girls", Html.percent(r.rate(t, 1, -1)) + " / " + Html.percent(r.rate(t, 0, -1))));
        body.append("</table>");
        if (run.fewChildren(t) || run.wideInterval(t)) {
            body.append("<p class=\"flag\">").append(run.fewChildren(t) ? "Few children: read the rate with care. " : "")
                    .append(run.wideInterval(t) ? "The interval is wide: the level is uncertain." : "").append("</p>");
        }
        profile(run, t, body);
        factors(run.factors().get(t), body);
        return body.toString();
    }

    private static void profile(RunResult run, int t, StringBuilder body) {
        body.append("<h2>Profile of the children</h2><table>");
        double[] means = run.rates().totals().covariateMeans()[t];
        for (ModelTerms.Term term : run.model().terms().terms()) {
            for (int l = 0; l < term.width(); l++) {
                String label = term.categorical() ? term.covariate().name() + " = " + term.levels().get(l)
                        : term.covariate().name() + " (mean)";
                double value = means[term.firstColumn() + l];
                body.append(Html.row(label, term.categorical() || term.binary() ? Html.percent(value)
                        : Html.number(value, 2)));
            }
        }
        body.append("</table>");
    }

    private static void factors(List<FactorShare> factors, StringBuilder body) {
        body.append("<h2>What drives the risk here</h2><table>")
                .append(Html.header("Factor", "Change of rate vs reference", "Share", "Log-odds contribution"));
        factors.stream().sorted(Comparator.comparingDouble((FactorShare f) -> -f.change()))
                .forEach(f -> body.append(Html.row(f.factor(), (f.change() >= 0 ? "+" : "") + Html.number(100 * f.change(), 2)
                        + " points", Html.percent(f.changeShare()), Html.number(f.logOdds(), 3))));
        body.append("</table><p>Positive changes are risk factors here, negative ones protective.</p>");
    }

    static String safe(String code) {
        return code.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private static void write(OutputDirectory out, String name, String html) {
        try {
            Files.writeString(out.file(name), html, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + name, e);
        }
    }

}
