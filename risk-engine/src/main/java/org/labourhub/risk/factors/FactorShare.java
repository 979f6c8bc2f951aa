package org.labourhub.risk.factors;

/**
 * One factor's part in a territory's risk. {@code change} is Rₜ minus the rate had every child the factor at
 * its reference (positive: the factor raises the risk here); {@code logOdds} is Σβₖ(x̄ₖₜ − refₖ) over the
 * factor's columns, which for indicator columns is βₖ·x̄ₖₜ. Shares divide by the sum of absolute values.
 */
public record FactorShare(String factor, double change, double changeShare, double logOdds, double logOddsShare) {

    public FactorShare {
        if (Math.abs(changeShare) > 1 + 1e-9 || Math.abs(logOddsShare) > 1 + 1e-9) {
            throw new IllegalArgumentException("a share lies between -1 and 1");
        }
    }
}
