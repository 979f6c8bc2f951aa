package org.labourhub.risk.transfer;

import org.labourhub.risk.config.Columns;
import org.labourhub.risk.config.RiskConfig;
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
    /** Per column, e^{β(x − ref)} for the whole numbers x = −128…127, which covariates nearly always are. */
    private final double[][] shiftOfWholeNumber;

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
        shiftOfWholeNumber = new double[beta.length][256];
        for (int j = 0; j < beta.length; j++) {
            for (int x = -128; x < 128; x++) {
                shiftOfWholeNumber[j][x + 128] = Math.exp(beta[j] * (x - reference[j]));
            }
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

    /**
     * Adds, for each factor, the child's probability had the factor been at its reference. With q = e^{−η} the
     * probability is 1/(1+q), and moving the factor's columns to their reference multiplies q by e^{shift},
     * shift = Σβⱼ(xⱼ − refⱼ); for whole-number values (indicators, flags, ages, counts) that factor is
     * looked up, so a factor costs a multiplication and a division instead of an exponential.
     */
    void addCounterfactuals(double[] row, double q, double[] stats, int offset) {
        double probability = 1 / (1 + q);
        for (int f = 0; f < termStart.length; f++) {
            double odds = 1;
            for (int j = termStart[f]; j < termEnd[f]; j++) {
                double x = row[j];
                int whole = (int) x;
                odds *= whole == x && whole >= -128 && whole < 128 ? shiftOfWholeNumber[j][whole + 128]
                        : Math.exp(beta[j] * (x - reference[j]));
            }
            stats[offset + f] += odds == 1 ? probability : 1 / (1 + q * odds); // 1: already at the reference
        }
    }
}
