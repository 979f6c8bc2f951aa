package org.labourhub.risk.model;

/** The logistic function and the binomial deviance, stable for large |η|. */
public final class Logistic {

    private Logistic() {
    }

    public static double of(double eta) {
        return eta >= 0 ? 1 / (1 + Math.exp(-eta)) : Math.exp(eta) / (1 + Math.exp(eta));
    }

    /** −2 log-likelihood of one outcome y ∈ {0,1} at linear predictor η. */
    static double deviance(double y, double eta) {
        // ln(1 + e^η) − yη, written to avoid overflow
        double softplus = eta > 0 ? eta + Math.log1p(Math.exp(-eta)) : Math.log1p(Math.exp(eta));
        return 2 * (softplus - y * eta);
    }
}
