package org.labourhub.risk.factors;

import java.util.ArrayList;
import java.util.List;
import org.labourhub.risk.model.ModelTerms;
import org.labourhub.risk.model.SurveyModel;
import org.labourhub.risk.transfer.TerritoryRates;

/**
 * Which determinants make each territory's risk higher or lower than the national risk, and by how much: see
 * {@link TerritoryFactors} for the method.
 */
public final class FactorShares {

    /** Below this ratio |Σc| / Σ|c| the contributions largely cancel and the proportional mapping would inflate them. */
    static final double MIN_NET_SHARE = 0.1;

    private FactorShares() {
    }

    /** For each territory, its decomposition with one share per covariate in the configuration's order. */
    public static List<TerritoryFactors> of(TerritoryRates rates, SurveyModel model) {
        double[] national = nationalMeans(rates);
        double nationalRate = nationalRate(rates);
        List<ModelTerms.Term> terms = model.terms().terms();
        var all = new ArrayList<TerritoryFactors>();
        for (int t = 0; t < rates.size(); t++) {
            double[] means = rates.totals().covariateMeans()[t];
            double[] c = new double[terms.size()];
            double net = 0, absolute = 0;
            for (int k = 0; k < terms.size(); k++) {
                ModelTerms.Term term = terms.get(k);
                for (int j = term.firstColumn(); j < term.firstColumn() + term.width(); j++) {
                    c[k] += model.beta()[j] * (means[j] - national[j]);
                }
                net += c[k];
                absolute += Math.abs(c[k]);
            }
            all.add(decompose(terms, c, net, absolute, rates.rate(t) - nationalRate, nationalRate));
        }
        return all;
    }

    private static TerritoryFactors decompose(List<ModelTerms.Term> terms, double[] c, double net, double absolute,
                                              double difference, double nationalRate) {
        boolean proportional = net * difference > 0 && Math.abs(net) >= MIN_NET_SHARE * absolute;
        double scale = proportional ? difference / net : nationalRate * (1 - nationalRate);
        double[] part = new double[c.length];
        double explained = 0, partsAbsolute = 0;
        for (int k = 0; k < c.length; k++) {
            part[k] = c[k] * scale;
            explained += part[k];
            partsAbsolute += Math.abs(part[k]);
        }
        var shares = new ArrayList<FactorShare>();
        for (int k = 0; k < c.length; k++) {
            shares.add(new FactorShare(terms.get(k).covariate().name(), c[k], part[k],
                    partsAbsolute > 0 ? part[k] / partsAbsolute : 0));
        }
        return new TerritoryFactors(nationalRate, difference, proportional ? TerritoryFactors.Mapping.PROPORTIONAL
                : TerritoryFactors.Mapping.FIRST_ORDER, proportional ? 0 : difference - explained, shares);
    }

    /** Census means of the model columns over all territories, each territory weighted by its children. */
    static double[] nationalMeans(TerritoryRates rates) {
        double[][] means = rates.totals().covariateMeans();
        double[] national = new double[means[0].length];
        double children = 0;
        for (int t = 0; t < rates.size(); t++) {
            double n = rates.children(t);
            for (int j = 0; j < national.length; j++) {
                national[j] += n * means[t][j];
            }
            children += n;
        }
        for (int j = 0; j < national.length; j++) {
            national[j] /= children;
        }
        return national;
    }

    static double nationalRate(TerritoryRates rates) {
        double expected = 0, children = 0;
        for (int t = 0; t < rates.size(); t++) {
            expected += rates.expected(t);
            children += rates.children(t);
        }
        return expected / children;
    }
}
