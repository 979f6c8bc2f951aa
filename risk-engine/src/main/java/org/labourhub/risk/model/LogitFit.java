package org.labourhub.risk.model;

/**
 * A converged survey-weighted logit: coefficients, the inverse information (XᵀWX)⁻¹ (where the last Newton step,
 * below 1e-6, started, as R's glm reports it), the fitted probabilities of the survey children, and how the fit
 * went.
 */
public record LogitFit(double[] beta, double[][] inverseInformation, double[] fitted, int iterations,
                       double deviance) {

    public LogitFit {
        if (beta.length != inverseInformation.length) {
            throw new IllegalArgumentException("coefficients and information differ in size");
        }
    }
}
