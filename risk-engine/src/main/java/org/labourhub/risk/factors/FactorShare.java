package org.labourhub.risk.factors;

/**
 * One covariate's part in how a territory's rate differs from the national rate.
 *
 * @param logOdds the covariate's contribution on the log-odds scale, c = Σⱼ βⱼ(x̄ⱼₜ − x̄ⱼ) over its model columns,
 *                x̄ⱼₜ the territory's census mean of column j and x̄ⱼ the national census mean (weighted by children):
 *                positive when the territory's children have more of what raises the risk than children nationally
 * @param part    the same contribution on the rate scale (a proportion; 0.01 is one percentage point); its sign is
 *                always the sign of {@code logOdds}, and the parts of a territory add up to Rₜ − R_national (exactly
 *                with the proportional mapping, up to the reported residual with the first-order one)
 * @param share   part / Σ|parts| of the territory, between −1 and 1
 */
public record FactorShare(String factor, double logOdds, double part, double share) {

    public FactorShare {
        if (Math.abs(share) > 1 + 1e-9) {
            throw new IllegalArgumentException("a share lies between -1 and 1");
        }
        if (logOdds * part < 0) {
            throw new IllegalArgumentException("a part has the sign of its log-odds contribution");
        }
    }

    public boolean raisesRisk() {
        return part > 0;
    }
}
