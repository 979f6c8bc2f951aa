package org.labourhub.risk.config;

/**
 * What to do with a stratum that has a single PSU, as R's option {@code survey.lonely.psu}:
 * FAIL stops; REMOVE and CERTAINTY let the stratum add nothing to the variance; ADJUST centres its PSU at the
 * grand mean instead of the stratum mean; AVERAGE gives it the average variance of the other strata.
 */
public enum LonelyPsu { FAIL, REMOVE, CERTAINTY, ADJUST, AVERAGE }
