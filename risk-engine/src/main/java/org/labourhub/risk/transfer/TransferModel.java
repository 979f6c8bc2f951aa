package org.labourhub.risk.transfer;

import java.util.List;
import org.labourhub.risk.config.Columns;
import org.labourhub.risk.config.RiskConfig;
import org.labourhub.risk.model.Logistic;
import org.labourhub.risk.model.ModelTerms;
import org.labourhub.risk.model.SurveyModel;
import org.labourhub.risk.survey.ChildLabourDefinition;

/** The fitted model as the transfer applies it to each census child. */
final class TransferModel {

    private final RiskConfig config;
    private final double[] beta;
    /** Per term: its first model column, whether it is categorical, and its numeric reference value. */
    private final int[] first;
    private final boolean[] categorical;
    private final double[] reference;
    /**
     * Per term, the factor e^{shift} that moves the term to its reference multiplies q = e^{−η} by: for a
     * categorical term indexed by level + 1 (1 for the reference level itself); for a numeric term indexed by
     * the whole numbers x + 128 for x = −128…127, which numeric covariates nearly always are.
     */
    private final double[][] oddsFactor;
    private static final double SMALL = 1e-300;
    private static final double LARGE = 1e300;
    /** e^{−η} of the reference row: every factor at its reference. */
    private final double atReference;
    /** Per categorical term, its coefficients indexed by level + 1 (0 for the reference level). */
    private final double[][] betaOfLevel;

    TransferModel(RiskConfig config, SurveyModel model) {
        this.config = config;
        this.beta = model.beta().clone();
        List<ModelTerms.Term> terms = model.terms().terms();
        int count = terms.size();
        first = new int[count];
        categorical = new boolean[count];
        reference = new double[count];
        oddsFactor = new double[count][];
        betaOfLevel = new double[count][];
        for (int t = 0; t < count; t++) {
            ModelTerms.Term term = terms.get(t);
            int column = term.firstColumn();
            first[t] = column;
            categorical[t] = term.categorical();
            if (categorical[t]) {
                oddsFactor[t] = new double[term.width() + 1];
                oddsFactor[t][0] = 1;
                betaOfLevel[t] = new double[term.width() + 1];
                System.arraycopy(beta, column, betaOfLevel[t], 1, term.width());
                for (int level = 0; level < term.width(); level++) {
                    oddsFactor[t][level + 1] = inRangeOrNaN(Math.exp(beta[column + level]));
                }
            } else {
                reference[t] = term.reference();
                oddsFactor[t] = new double[256];
                for (int x = -128; x < 128; x++) {
                    oddsFactor[t][x + 128] = inRangeOrNaN(Math.exp(beta[column] * (x - reference[t])));
                }
            }
        }
        double etaAtReference = beta[0];
        for (int t = 0; t < count; t++) {
            etaAtReference += categorical[t] ? 0 : beta[first[t]] * reference[t];
        }
        atReference = Math.exp(-etaAtReference);
    }

    int width() {
        return beta.length;
    }

    /** Length of a territory's statistics: cells, expected by cell, covariate sums. */
    int statistics() {
        return BlockTally.COVARIATES + width();
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

    /** η = xβ for covariates {@code values} as {@link CensusLayout#read} gives them. */
    double linearPredictor(double[] values) {
        double eta = beta[0];
        for (int t = 0; t < first.length; t++) {
            double v = values[t];
            eta += categorical[t] ? betaOfLevel[t][(int) v + 1] : beta[first[t]] * v;
        }
        return eta;
    }

    /**
     * Adds the child's covariates to the model-column sums at {@code stats[covariates..covariates+width)} (the
     * intercept's is a count) and returns q = e^{−η}, so that p̂ = 1/(1+q): one pass over the terms.
     *
     * <p>Moving term t to its reference multiplies q by oddsₜ = e^{shiftₜ}, shiftₜ = Σβⱼ(xⱼ − refⱼ) over its
     * columns; that multiplier is looked up for a category and for a whole-number value (indicators, flags, ages,
     * counts). As η = η_ref + Σₜ shiftₜ, where η_ref is the linear predictor of the reference row,
     * q = e^{−η_ref} / Πₜ oddsₜ: no exponential per child. Returns NaN when a multiplier, their product or q lies
     * outside 10^±300, where these products would lose precision (such multipliers are NaN in the tables): such a
     * child takes {@link #addExactly} instead.
     *
     * <p>A category adds 1 to its indicator column; the reference category adds 0 to the term's first column, which
     * keeps the loop free of branches that the data would decide.
     */
    double read(double[] values, double[] stats, int covariates) {
        stats[covariates] += 1;
        double product = 1;
        for (int t = 0; t < first.length; t++) {
            double v = values[t];
            double factor;
            if (categorical[t]) {
                int level = (int) v;
                stats[covariates + first[t] + Math.max(level, 0)] += level >= 0 ? 1 : 0;
                factor = oddsFactor[t][level + 1];
            } else {
                stats[covariates + first[t]] += v;
                int whole = (int) v;
                factor = whole == v && whole >= -128 && whole < 128 ? oddsFactor[t][whole + 128]
                        : inRangeOrNaN(Math.exp(beta[first[t]] * (v - reference[t])));
            }
            product *= factor;
        }
        double q = atReference / product;
        return product > SMALL && product < LARGE && q > SMALL && q < LARGE ? q : Double.NaN;
    }

    private static double inRangeOrNaN(double factor) {
        return factor > SMALL && factor < LARGE ? factor : Double.NaN;
    }

    /** Adds p̂ = 1/(1+q) to {@code stats[expected]}, with q from {@link #read}. */
    void add(double q, double[] stats, int expected) {
        stats[expected] += 1 / (1 + q);
    }

    /** As {@link #add}, from the linear predictor: for the rare child whose odds leave the range of doubles. */
    void addExactly(double[] values, double[] stats, int expected) {
        stats[expected] += Logistic.of(linearPredictor(values));
    }
}
