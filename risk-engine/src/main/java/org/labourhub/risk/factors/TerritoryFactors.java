package org.labourhub.risk.factors;

import java.util.List;

/**
 * Why a territory's modelled rate Rₜ differs from the national rate, covariate by covariate.
 *
 * <p>Each covariate k contributes cₖ = Σⱼ βⱼ(x̄ⱼₜ − x̄ⱼ) on the log-odds scale: how far the territory's children
 * are from the nation's on that covariate, weighted by its coefficients. These are mapped to the rate so that they
 * add up to the difference D = Rₜ − R_national:
 * <ul>
 * <li>{@link Mapping#PROPORTIONAL}: partₖ = cₖ·D/Σc. Used when Σc and D have the same sign and the contributions
 * do not largely cancel (|Σc| ≥ {@value FactorShares#MIN_NET_SHARE} × Σ|c|); the parts then add up to D exactly
 * and keep the signs of the cₖ.</li>
 * <li>{@link Mapping#FIRST_ORDER}: otherwise partₖ = p(1−p)·cₖ with p = R_national, the slope of the logistic
 * curve at the national rate; {@code residual} = D − Σpartₖ is what the covariate means do not explain (the
 * spread of covariates within the territory, benchmarking, or contributions that cancel).</li>
 * </ul>
 *
 * @param nationalRate R_national = Σₜ Eₜ / Σₜ Nₜ over all territories (after benchmarking, if any)
 * @param difference   Rₜ − R_national
 * @param residual     difference − Σ parts: 0 with the proportional mapping
 * @param shares       one per covariate, in the configuration's order
 */
public record TerritoryFactors(double nationalRate, double difference, Mapping mapping, double residual,
                               List<FactorShare> shares) {

    /** How log-odds contributions became parts of the rate difference. */
    public enum Mapping { PROPORTIONAL, FIRST_ORDER }

    public TerritoryFactors {
        shares = List.copyOf(shares);
    }
}
