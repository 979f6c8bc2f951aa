package org.labourhub.riskmaps;

/**
 * What a dataset holds: survey microdata (one child per row, with the design and labour variables), census or
 * register microdata (one child per row), territory indicators for the vulnerability index, or a directly measured
 * rate per territory for validation.
 */
public enum DatasetKind {
    SURVEY, CENSUS, INDICATORS, OBSERVED
}
