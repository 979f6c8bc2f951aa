package org.labourhub.riskmaps;

/**
 * Who sees a finished run's results: its runner (and the secretariat) only; also the focal points of the country's
 * three constituencies once the runner shares it; everyone once the secretariat publishes it.
 */
public enum RunVisibility {
    PRIVATE, SHARED, PUBLISHED
}
