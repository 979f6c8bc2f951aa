package org.labourhub.risk.transfer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.labourhub.risk.model.ModelTerms;
import org.labourhub.risk.survey.SurveySample;

/**
 * Checks that survey and census describe the same children: each category's weighted share in the survey
 * against its share in the census, nationally and by region, flagging gaps above the configured threshold.
 * (That every covariate exists in both files is checked when each file's header is read.)
 */
public final class Harmonisation {

    private Harmonisation() {
    }

    public static List<ShareGap> compare(SurveySample sample, TerritoryTotals census, double maxGap) {
        var gaps = new ArrayList<ShareGap>();
        double[][] surveyMeans = surveyMeans(sample);
        gaps.addAll(scope("national", surveyMeans[0], censusMeans(census, null), sample.terms(), maxGap));
        for (int r = 0; r < sample.regionNames().size(); r++) {
            String region = sample.regionNames().get(r);
            double[] censusMeans = censusMeans(census, region);
            if (censusMeans != null) {
                gaps.addAll(scope("region " + region, surveyMeans[r + 1], censusMeans, sample.terms(), maxGap));
            }
        }
        return gaps;
    }

    private static List<ShareGap> scope(String scope, double[] survey, double[] census, ModelTerms terms, double maxGap) {
        var gaps = new ArrayList<ShareGap>();
        for (ModelTerms.Term term : terms.terms()) {
            String name = term.covariate().name();
            int first = term.firstColumn();
            if (!term.categorical()) {
                double relative = (survey[first] - census[first]) / Math.max(Math.abs(census[first]), 1e-12);
                gaps.add(new ShareGap(name, "(mean)", scope, survey[first], census[first], relative,
                        Math.abs(relative) > maxGap));
                continue;
            }
            Map<String, double[]> shares = new LinkedHashMap<>();
            double surveyRest = 1, censusRest = 1;
            for (int l = 0; l < term.levels().size(); l++) {
                shares.put(term.levels().get(l), new double[] {survey[first + l], census[first + l]});
                surveyRest -= survey[first + l];
                censusRest -= census[first + l];
            }
            shares.put(term.covariate().reference(), new double[] {surveyRest, censusRest});
            shares.forEach((category, s) -> gaps.add(new ShareGap(name, category, scope, s[0], s[1], s[0] - s[1],
                    Math.abs(s[0] - s[1]) > maxGap)));
        }
        return gaps;
    }

    /** Weighted means of the model columns: [0] all children, [r + 1] region r. */
    private static double[][] surveyMeans(SurveySample s) {
        int p = s.terms().columns();
        int regions = s.region() == null ? 0 : s.regionNames().size();
        double[][] sums = new double[regions + 1][p];
        double[] total = new double[regions + 1];
        double[] row = new double[p];
        for (int i = 0; i < s.size(); i++) {
            s.x().row(i, row);
            double w = s.weight()[i];
            int region = regions > 0 ? s.region()[i] + 1 : 0;
            total[0] += w;
            if (region > 0) {
                total[region] += w;
            }
            for (int j = 0; j < p; j++) {
                double wx = w * row[j];
                sums[0][j] += wx;
                if (region > 0) {
                    sums[region][j] += wx;
                }
            }
        }
        for (int r = 0; r <= regions; r++) {
            for (int j = 0; j < p; j++) {
                sums[r][j] /= total[r];
            }
        }
        return sums;
    }

    /** Means over the census children, of one region or all; null when the region has no census child. */
    private static double[] censusMeans(TerritoryTotals census, String region) {
        double[] sums = null;
        double total = 0;
        for (int t = 0; t < census.size(); t++) {
            if (region != null && !region.equals(census.regions().get(t))) {
                continue;
            }
            double n = census.children(t);
            double[] means = census.covariateMeans()[t];
            if (sums == null) {
                sums = new double[means.length];
            }
            for (int j = 0; j < means.length; j++) {
                sums[j] += n * means[j];
            }
            total += n;
        }
        if (sums != null) {
            for (int j = 0; j < sums.length; j++) {
                sums[j] /= total;
            }
        }
        return sums;
    }
}
