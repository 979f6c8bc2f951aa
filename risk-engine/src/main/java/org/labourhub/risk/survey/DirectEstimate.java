package org.labourhub.risk.survey;

/**
 * A direct weighted estimate of SDG indicator 8.7.1 in one domain: the proportion of children in child labour
 * and their number, each with its design-based standard error.
 */
public record DirectEstimate(String domain, double children, double proportion, double proportionSe,
                             double number, double numberSe, int sampleSize) {

    public DirectEstimate {
        if (children < 0 || proportion < 0 || proportion > 1 || proportionSe < 0 || numberSe < 0) {
            throw new IllegalArgumentException("invalid direct estimate for " + domain);
        }
    }
}
