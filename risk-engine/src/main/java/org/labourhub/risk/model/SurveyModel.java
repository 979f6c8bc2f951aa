package org.labourhub.risk.model;

import org.labourhub.risk.config.LonelyPsu;
import org.labourhub.risk.survey.SurveySample;

/**
 * The fitted survey-weighted logit: coefficients in the order of {@code terms}, their design-based covariance
 * (what svyglm reports), and the fit itself.
 */
public record SurveyModel(ModelTerms terms, double[] beta, double[][] covariance, LogitFit fit) {

    public SurveyModel {
        if (beta.length != terms.columns() || covariance.length != beta.length) {
            throw new IllegalArgumentException("coefficients, covariance and terms differ in size");
        }
    }

    public static SurveyModel fit(SurveySample sample, LonelyPsu lonelyPsu, int threads) {
        double[] y = sample.outcome();
        LogitFit fit = new WeightedLogit(sample.x(), y, sample.weight(), sample.terms().columnNames(), threads).fit();
        double[][] covariance = new DesignVariance(sample.design(), lonelyPsu).ofLogit(sample.x(), y, sample.weight(), fit,
                threads);
        return new SurveyModel(sample.terms(), fit.beta(), covariance, fit);
    }

    public double standardError(int column) {
        return Math.sqrt(covariance[column][column]);
    }
}
