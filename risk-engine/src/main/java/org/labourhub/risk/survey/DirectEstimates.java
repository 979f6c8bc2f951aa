package org.labourhub.risk.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import org.labourhub.risk.config.LonelyPsu;
import org.labourhub.risk.model.DesignVariance;

/**
 * SDG 8.7.1 estimated directly from the survey: overall, by sex, by age band, for the two younger bands
 * together, and by region when there is one. The proportion is a ratio Σwyd/Σwd; its standard error comes from
 * linearisation (scores wᵢdᵢ(yᵢ−R̂)/Σwd) under the stratified cluster design, as R's svymean on a domain.
 */
public final class DirectEstimates {

    private DirectEstimates() {
    }

    public static List<DirectEstimate> of(SurveySample s, ChildLabourDefinition definition, LonelyPsu lonelyPsu) {
        var variance = new DesignVariance(s.design(), lonelyPsu);
        var estimates = new ArrayList<DirectEstimate>();
        estimates.add(estimate("all children", s, i -> true, variance));
        estimates.add(estimate("boys", s, i -> s.male()[i], variance));
        estimates.add(estimate("girls", s, i -> !s.male()[i], variance));
        for (int band = 0; band < 3; band++) {
            int b = band;
            estimates.add(estimate("aged " + definition.bandLabel(b), s, i -> s.band()[i] == b, variance));
        }
        estimates.add(estimate("aged " + definition.youngerBandsLabel(), s, i -> s.band()[i] < 2, variance));
        if (s.region() != null) {
            for (int r = 0; r < s.regionNames().size(); r++) {
                int region = r;
                estimates.add(estimate("region " + s.regionNames().get(r), s, i -> s.region()[i] == region, variance));
            }
        }
        return estimates;
    }

    static DirectEstimate estimate(String domain, SurveySample s, IntPredicate inDomain, DesignVariance variance) {
        int n = s.size();
        double[] w = s.weight();
        double children = 0;
        double labour = 0;
        int sampleSize = 0;
        for (int i = 0; i < n; i++) {
            if (inDomain.test(i)) {
                children += w[i];
                labour += s.childLabour()[i] ? w[i] : 0;
                sampleSize++;
            }
        }
        double proportion = children > 0 ? labour / children : 0;
        double[][] psuTotals = new double[s.psus()][2];
        int[] psu = s.psu();
        for (int i = 0; i < n; i++) {
            if (inDomain.test(i)) {
                double y = s.childLabour()[i] ? 1 : 0;
                psuTotals[psu[i]][0] += children > 0 ? w[i] * (y - proportion) / children : 0;
                psuTotals[psu[i]][1] += w[i] * y;
            }
        }
        double[][] v = variance.ofPsuTotals(psuTotals);
        return new DirectEstimate(domain, children, proportion, Math.sqrt(v[0][0]), labour, Math.sqrt(v[1][1]),
                sampleSize);
    }
}
