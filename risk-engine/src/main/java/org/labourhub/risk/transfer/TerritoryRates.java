package org.labourhub.risk.transfer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.labourhub.risk.config.Benchmarking;
import org.labourhub.risk.csv.InputError;
import org.labourhub.risk.survey.DirectEstimate;

/**
 * Territory rates Rₜ = Eₜ/Nₜ, optionally benchmarked: within each domain where the survey is representative
 * (the nation or each region), expected numbers are scaled so that the domain's modelled rate equals the direct
 * survey estimate. {@code factor[t]} is the scale applied to territory t (1 without benchmarking).
 */
public record TerritoryRates(TerritoryTotals totals, double[] factor) {

    public static TerritoryRates of(TerritoryTotals totals, Benchmarking benchmarking, List<DirectEstimate> direct) {
        double[] factor = new double[totals.size()];
        java.util.Arrays.fill(factor, 1);
        if (benchmarking == Benchmarking.NATIONAL) {
            double n = 0, e = 0;
            for (int t = 0; t < totals.size(); t++) {
                n += totals.children(t);
                e += totals.expected(t);
            }
            java.util.Arrays.fill(factor, find(direct, "all children").proportion() / (e / n));
        } else if (benchmarking == Benchmarking.REGION) {
            byRegion(totals, direct, factor);
        }
        return new TerritoryRates(totals, factor);
    }

    private static void byRegion(TerritoryTotals totals, List<DirectEstimate> direct, double[] factor) {
        Map<String, double[]> sums = new HashMap<>();
        for (int t = 0; t < totals.size(); t++) {
            double[] s = sums.computeIfAbsent(totals.regions().get(t), r -> new double[2]);
            s[0] += totals.children(t);
            s[1] += totals.expected(t);
        }
        for (int t = 0; t < totals.size(); t++) {
            String region = totals.regions().get(t);
            double[] s = sums.get(region);
            factor[t] = find(direct, "region " + region).proportion() / (s[1] / s[0]);
        }
    }

    private static DirectEstimate find(List<DirectEstimate> direct, String domain) {
        return direct.stream().filter(d -> d.domain().equals(domain)).findFirst().orElseThrow(() ->
                new InputError("benchmarking", "the survey has no direct estimate for " + domain + ", which is in "
                        + "the census. Benchmark nationally, or check that region codes match between the files."));
    }

    public int size() {
        return totals.size();
    }

    public double children(int t) {
        return totals.children(t);
    }

    public double expected(int t) {
        return totals.expected(t) * factor[t];
    }

    public double rate(int t) {
        return expected(t) / children(t);
    }

    /** Rate among boys (sex 1) or girls (sex 0) of an age band, or of all bands when band is -1. */
    public double rate(int t, int sex, int band) {
        double n = 0, e = 0;
        for (int b = 0; b < 3; b++) {
            if (band < 0 || b == band || (band == 3 && b < 2)) {
                for (int s = 0; s < 2; s++) {
                    if (sex < 0 || s == sex) {
                        n += totals.children()[t][s * 3 + b];
                        e += totals.expected()[t][s * 3 + b];
                    }
                }
            }
        }
        return n > 0 ? e * factor[t] / n : Double.NaN;
    }

    public double[] rates() {
        double[] rates = new double[size()];
        for (int t = 0; t < rates.length; t++) {
            rates[t] = rate(t);
        }
        return rates;
    }

    public double[] childrenCounts() {
        double[] n = new double[size()];
        for (int t = 0; t < n.length; t++) {
            n[t] = children(t);
        }
        return n;
    }
}
