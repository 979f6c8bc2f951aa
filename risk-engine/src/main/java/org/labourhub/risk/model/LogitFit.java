package org.labourhub.risk.model;

/**
 * A converged survey-weighted logit: coefficients, the inverse information (XᵀWX)⁻¹ at the optimum, the fitted
 * probabilities of the survey children, and how the fit went.
 */
public record LogitFit(double[] beta, double[][] inverseInformation, double[] fitted, int iterations,
                       double deviance) {

    public LogitFit {
        if (beta.length != inverseInformation.length) {
            throw new IllegalArgumentException("coefficients and information differ in size");
        }
    }
}
