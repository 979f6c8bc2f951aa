package org.labourhub.risk.transfer;

import org.labourhub.risk.config.Columns;
import org.labourhub.risk.config.RiskConfig;
import org.labourhub.risk.model.Logistic;
import org.labourhub.risk.model.ModelTerms;
import org.labourhub.risk.model.SurveyModel;
import org.labourhub.risk.survey.ChildLabourDefinition;

/** The fitted model as the transfer applies it to each census child, with each factor's counterfactual. */
final class TransferModel {

    private final RiskConfig config;
    private final double[] beta;
    private final double[] reference;
    private final int[] termStart;
    private final int[] termEnd;

    TransferModel(RiskConfig config, SurveyModel model) {
        this.config = config;
        this.beta = model.beta().clone();
        ModelTerms terms = model.terms();
        this.reference = terms.referenceRow();
        int factors = terms.terms().size();
        termStart = new int[factors];
        termEnd = new int[factors];
        for (int f = 0; f < factors; f++) {
            termStart[f] = terms.terms().get(f).firstColumn();
            termEnd[f] = termStart[f] + terms.terms().get(f).width();
        }
    }

    int width() {
        return beta.length;
    }

    int factors() {
        return termStart.length;
    }

    /** Length of a territory's statistics: cells, expected by cell, covariate sums, counterfactuals. */
    int statistics() {
        return BlockTally.COVARIATES + width() + factors();
    }

    ChildLabourDefinition definition() {
        return config.definition();
    }

    Columns columns() {
        return config.columns();
    }

    int sampleSize() {
        return config.sampleSize();
    }

    long seed() {
        return config.seed();
    }

    double linearPredictor(double[] row) {
        double eta = 0;
        for (int j = 0; j < beta.length; j++) {
            eta += row[j] * beta[j];
        }
        return eta;
    }

    /** Adds, for each factor, the child's probability had the factor been at its reference. */
    void addCounterfactuals(double[] row, double eta, double[] stats, int offset) {
        double probability = Double.NaN;
        for (int f = 0; f < termStart.length; f++) {
            double shift = 0;
            for (int j = termStart[f]; j < termEnd[f]; j++) {
                shift += beta[j] * (row[j] - reference[j]);
            }
            if (shift == 0) {
                if (Double.isNaN(probability)) {
                    probability = Logistic.of(eta);
                }
                stats[offset + f] += probability;
            } else {
                stats[offset + f] += Logistic.of(eta - shift);
            }
        }
    }
}
