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
import org.labourhub.risk.factors.TerritoryFactors;
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
        var m = new Messages(run.config().language());
        var index = new StringBuilder("<table>").append(Html.header(m.get("col.territory"), m.get("col.children"),
                m.get("col.rate"), m.get("col.level")));
        for (int t : indexOrder(run.rates().totals().codes())) {
            String code = run.rates().totals().codes().get(t);
            index.append("<tr><td><a href=\"").append(Html.escape(safe(code))).append(".html\">").append(Html.escape(code))
                    .append("</a></td><td>").append(m.number(run.rates().children(t), 0)).append("</td><td>")
                    .append(m.percent(run.rates().rate(t))).append("</td><td>")
                    .append(m.level(run.levels(), run.level()[t])).append("</td></tr>\n");
        }
        String language = run.config().language();
        write(out, "fiches/index.html", Html.page(language, m.get("fiches.title"), index.append("</table>").toString()));
        writeEach(run, m, out);
    }

    /** Territories in code order, numerically when every code is a number (2 before 10). */
    static int[] indexOrder(List<String> codes) {
        boolean numeric = codes.stream().allMatch(c -> c.matches("-?\\d+(\\.\\d+)?"));
        Comparator<Integer> order = numeric
                ? Comparator.comparing((Integer t) -> new java.math.BigDecimal(codes.get(t)))
                : Comparator.comparing(codes::get);
        return java.util.stream.IntStream.range(0, codes.size()).boxed().sorted(order).mapToInt(Integer::intValue)
                .toArray();
    }

    /** Creating thousands of small files is bound by the file system's latency, so several threads write. */
    private static void writeEach(RunResult run, Messages m, OutputDirectory out) {
        int territories = run.rates().size();
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        try {
            var done = new ArrayList<Future<?>>();
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                done.add(pool.submit(() -> {
                    for (int t = writer; t < territories; t += WRITERS) {
                        String code = run.rates().totals().codes().get(t);
                        write(out, "fiches/" + safe(code) + ".html", Html.page(run.config().language(),
                                m.get("fiche.title", code), fiche(run, m, t)));
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

    static String fiche(RunResult run, Messages m, int t) {
        var r = run.rates();
        var d = run.config().definition();
        var intervals = run.intervals();
        var body = new StringBuilder("<table>");
        String region = r.totals().regions().get(t);
        if (region != null) {
            body.append(Html.row(m.get("fiche.region"), region));
        }
        body.append(Html.row(m.get("fiche.children", d.minAge(), d.maxAge()), m.number(r.children(t), 0)));
        body.append(Html.row(m.get("fiche.expected"), m.number(r.expected(t), 0)));
        body.append(Html.row(m.get("fiche.rate"), m.percent(r.rate(t))));
        body.append(Html.row(m.get("fiche.interval"), m.percent(intervals.rateLow()[t]) + " – "
                + m.percent(intervals.rateHigh()[t])));
        body.append(Html.row(m.get("fiche.level"), m.level(run.levels(), run.level()[t])));
        body.append(Html.row(m.get("fiche.p.high"), m.percent(intervals.probabilityHigh()[t])));
        body.append(Html.row(m.get("fiche.rank"), m.get("fiche.rank.value", intervals.rank()[t], r.size(),
                m.number(intervals.rankLow()[t], 0), m.number(intervals.rankHigh()[t], 0))));
        body.append(Html.row(m.get("fiche.sex"), m.percent(r.rate(t, 1, -1)) + " / " + m.percent(r.rate(t, 0, -1))));
        body.append("</table>");
        if (run.fewChildren(t) || run.wideInterval(t)) {
            body.append("<p class=\"flag\">").append(run.fewChildren(t) ? m.get("fiche.few") + " " : "")
                    .append(run.wideInterval(t) ? m.get("fiche.wide") : "").append("</p>");
        }
        profile(run, m, t, body);
        factors(run, run.factors().get(t), m, body);
        return body.toString();
    }

    private static void profile(RunResult run, Messages m, int t, StringBuilder body) {
        body.append("<h2>").append(m.get("fiche.profile")).append("</h2><table>");
        double[] means = run.rates().totals().covariateMeans()[t];
        for (ModelTerms.Term term : run.model().terms().terms()) {
            for (int l = 0; l < term.width(); l++) {
                String label = Labels.column(run.model().terms(), term.firstColumn() + l, m)
                        + (term.categorical() || term.binary() ? "" : " (" + m.get("fiche.mean") + ")");
                double value = means[term.firstColumn() + l];
                body.append(Html.row(label, term.categorical() || term.binary() ? m.percent(value)
                        : m.number(value, 2)));
            }
        }
        body.append("</table>");
    }

    private static void factors(RunResult run, TerritoryFactors factors, Messages m, StringBuilder body) {
        body.append("<h2>").append(m.get("fiche.factors")).append("</h2><p>").append(Html.escape(m.get(
                "fiche.factors.against", m.percent(factors.nationalRate()), (factors.difference() >= 0 ? "+" : "")
                        + m.number(100 * factors.difference(), 2)))).append("</p><table>").append(Html.header(
                m.get("col.factor"), m.get("col.change"), m.get("col.share"), m.get("col.log.odds")));
        factors.shares().stream().sorted(Comparator.comparingDouble((FactorShare f) -> -f.part()))
                .forEach(f -> body.append(Html.row(run.config().covariate(f.factor()).label(m.language()), (f.part() >= 0 ? "+" : "")
                        + m.number(100 * f.part(), 2) + " " + m.get("fiche.points"), m.percent(f.share()),
                        m.number(f.logOdds(), 3))));
        body.append("</table><p>").append(m.get("fiche.factors.note")).append("</p>");
        if (factors.mapping() == TerritoryFactors.Mapping.FIRST_ORDER) {
            body.append("<p>").append(Html.escape(m.get("fiche.factors.residual", (factors.residual() >= 0 ? "+" : "")
                    + m.number(100 * factors.residual(), 2)))).append("</p>");
        }
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
