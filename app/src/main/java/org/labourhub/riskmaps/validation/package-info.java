/**
 * A finished run checked against a direct measurement of child labour per territory (the Brazil design: a census
 * that measures child work for everyone): the analyst picks an OBSERVED dataset of the run's country, its territory
 * column and its rate column; the engine's {@code ValidationStatistics} compares the run's rates with the observed
 * ones (Pearson, Spearman, Kendall's τ-b, Cohen's κ of the levels, precision and recall of the highest level, mean
 * absolute error). The last comparison is kept and shown on the run's validation page, with a scatter chart, the
 * territories on one side only and the levels' agreement table. Seen by whoever may see the run; made by whoever
 * may also run the model for its country. Uses the core, the datasets floor (to read the file) and the results
 * floor (the run's header and words).
 */
package org.labourhub.riskmaps.validation;
