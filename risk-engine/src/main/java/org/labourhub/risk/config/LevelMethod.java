package org.labourhub.risk.config;

/** How territories are cut into risk levels. */
public enum LevelMethod { QUANTILES, EQUAL_WIDTH, NATURAL_BREAKS, KMEANS }
