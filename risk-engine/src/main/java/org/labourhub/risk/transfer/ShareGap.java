package org.labourhub.risk.transfer;

/**
 * A harmonisation line: the weighted share of a category (or the mean of a numeric covariate) in the survey and
 * in the census, nationally or in one region. {@code gap} is the difference in shares, or for a numeric covariate
 * the difference relative to the census mean.
 */
public record ShareGap(String covariate, String category, String scope, double survey, double census, double gap,
                       boolean flagged) {
}
