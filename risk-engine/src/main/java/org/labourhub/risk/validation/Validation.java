package org.labourhub.risk.validation;

/**
 * Agreement of modelled territory rates with directly measured ones. Correlations and the mean absolute error
 * are weighted by the number of children; κ, precision and recall count territories.
 */
public record Validation(int territories, double pearson, double spearman, double kendallTauB, double kappa,
                         double precisionHigh, double recallHigh, double meanAbsoluteError) {
}
