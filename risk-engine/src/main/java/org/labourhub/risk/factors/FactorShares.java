package org.labourhub.risk.factors;

import java.util.ArrayList;
import java.util.List;
import org.labourhub.risk.model.ModelTerms;
import org.labourhub.risk.model.SurveyModel;
import org.labourhub.risk.transfer.TerritoryRates;

/** Which determinants raise or lower the risk in each territory, and by how much. */
public final class FactorShares {

    private FactorShares() {
    }

    /** For each territory, one share per covariate in the configuration's order. */
    public static List<List<FactorShare>> of(TerritoryRates rates, SurveyModel model) {
        var all = new ArrayList<List<FactorShare>>();
        List<ModelTerms.Term> terms = model.terms().terms();
        double[] reference = model.terms().referenceRow();
        for (int t = 0; t < rates.size(); t++) {
            double n = rates.children(t);
            double rate = rates.rate(t);
            double[] means = rates.totals().covariateMeans()[t];
            double[] change = new double[terms.size()];
            double[] logOdds = new double[terms.size()];
            double changeTotal = 0, logOddsTotal = 0;
            for (int f = 0; f < terms.size(); f++) {
                ModelTerms.Term term = terms.get(f);
                change[f] = rate - rates.totals().counterfactualExpected()[t][f] * rates.factor()[t] / n;
                for (int j = term.firstColumn(); j < term.firstColumn() + term.width(); j++) {
                    logOdds[f] += model.beta()[j] * (means[j] - reference[j]);
                }
                changeTotal += Math.abs(change[f]);
                logOddsTotal += Math.abs(logOdds[f]);
            }
            var shares = new ArrayList<FactorShare>();
            for (int f = 0; f < terms.size(); f++) {
                shares.add(new FactorShare(terms.get(f).covariate().name(), change[f],
                        changeTotal > 0 ? change[f] / changeTotal : 0, logOdds[f],
                        logOddsTotal > 0 ? logOdds[f] / logOddsTotal : 0));
            }
            all.add(List.copyOf(shares));
        }
        return all;
    }
}
