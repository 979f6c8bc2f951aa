package org.labourhub.risk.model;

/** The logistic function and the binomial deviance, stable for large |η|. */
public final class Logistic {

    private Logistic() {
    }

    public static double of(double eta) {
        return eta >= 0 ? 1 / (1 + Math.exp(-eta)) : Math.exp(eta) / (1 + Math.exp(eta));
    }
}
