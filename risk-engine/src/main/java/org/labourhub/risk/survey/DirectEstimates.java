package org.labourhub.risk.survey;

import java.util.ArrayList;
import java.util.List;
import org.labourhub.risk.config.LonelyPsu;
import org.labourhub.risk.model.DesignVariance;

/**
 * SDG 8.7.1 estimated directly from the survey: overall, by sex, by age band, for the two younger bands
 * together, and by region when there is one. The proportion is a ratio Σwyd/Σwd; its standard error comes from
 * linearisation (scores wᵢdᵢ(yᵢ−R̂)/Σwd) under the stratified cluster design, as R's svymean on a domain.
 * All domains are tallied in two passes over the children.
 */
public final class DirectEstimates {

    private DirectEstimates() {
    }

    public static List<DirectEstimate> of(SurveySample s, ChildLabourDefinition definition, LonelyPsu lonelyPsu) {
        var names = new ArrayList<String>(List.of("all children", "boys", "girls"));
        for (int band = 0; band < 3; band++) {
            names.add("aged " + definition.bandLabel(band));
        }
        names.add("aged " + definition.youngerBandsLabel());
        int regions = s.region() == null ? 0 : s.regionNames().size();
        s.regionNames().forEach(r -> names.add("region " + r));
        int domains = names.size();
        int n = s.size();
        double[] children = new double[domains], labour = new double[domains];
        int[] sampleSize = new int[domains];
        int[] member = new int[6];
        for (int i = 0; i < n; i++) {
            int count = domainsOf(s, i, member, regions);
            for (int d = 0; d < count; d++) {
                children[member[d]] += s.weight()[i];
                labour[member[d]] += s.childLabour()[i] ? s.weight()[i] : 0;
                sampleSize[member[d]]++;
            }
        }
        double[][][] psuTotals = new double[domains][s.psus()][2];
        for (int i = 0; i < n; i++) {
            int count = domainsOf(s, i, member, regions);
            double y = s.childLabour()[i] ? 1 : 0;
            double w = s.weight()[i];
            for (int d = 0; d < count; d++) {
                int k = member[d];
                double[] total = psuTotals[k][s.psu()[i]];
                total[0] += children[k] > 0 ? w * (y - labour[k] / children[k]) / children[k] : 0;
                total[1] += w * y;
            }
        }
        var variance = new DesignVariance(s.design(), lonelyPsu);
        var estimates = new ArrayList<DirectEstimate>();
        for (int d = 0; d < domains; d++) {
            double[][] v = variance.ofPsuTotals(psuTotals[d]);
            estimates.add(new DirectEstimate(names.get(d), children[d], children[d] > 0 ? labour[d] / children[d] : 0,
                    Math.sqrt(v[0][0]), labour[d], Math.sqrt(v[1][1]), sampleSize[d]));
        }
        return estimates;
    }

    /** The domains child i belongs to, written into {@code member}; returns how many. */
    private static int domainsOf(SurveySample s, int i, int[] member, int regions) {
        int count = 0;
        member[count++] = 0;
        member[count++] = s.male()[i] ? 1 : 2;
        member[count++] = 3 + s.band()[i];
        if (s.band()[i] < 2) {
            member[count++] = 6;
        }
        if (regions > 0) {
            member[count++] = 7 + s.region()[i];
        }
        return count;
    }
}
