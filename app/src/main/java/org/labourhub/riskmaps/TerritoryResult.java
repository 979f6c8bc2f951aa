package org.labourhub.riskmaps;

import java.util.List;
import java.util.Optional;

/**
 * One territory of a finished run: how many children, how many expected in child labour, the rate with its 90 %
 * interval, its rank among the run's territories with the rank's interval, its level (1 = lowest), the probability
 * that it belongs to the highest level, and the flags that ask for caution.
 */
public record TerritoryResult(String code, String region, double children, double expected, double rate,
                              double rateLow, double rateHigh, int rank, double rankLow, double rankHigh, int level,
                              Double probabilityHigh, boolean fewChildren, boolean wideInterval,
                              TerritoryDetails details) {

    /**
     * What the fiche adds: rates by sex and age band, the covariate profile of its children, and the parts of its
     * difference from the national rate that each covariate explains.
     */
    public record TerritoryDetails(Double boysRate, Double girlsRate, List<Double> ageBandRates,
                                   List<ProfileValue> profile, List<FactorPart> factors) {

        public TerritoryDetails {
            ageBandRates = ageBandRates == null ? List.of() : List.copyOf(ageBandRates);
            profile = List.copyOf(profile);
            factors = List.copyOf(factors);
        }

        /** The share of children with a profile tag (rural, indigenous, migrant, attending school), when mapped. */
        public Optional<ProfileValue> tagged(ProfileTag tag) {
            return profile.stream().filter(p -> p.tag() == tag).findFirst();
        }
    }

    /**
     * The territory's mean of one covariate column: a share for a categorical level or a yes/no covariate, else a
     * mean; {@code national} is the same over the whole census.
     */
    public record ProfileValue(Labels covariate, Labels level, ProfileTag tag, boolean share, double value,
                               double national) {
    }

    /**
     * A covariate's part in the difference between the territory's rate and the national rate: {@code rate} in
     * proportion points (the parts add up to the difference), {@code share} of the sum of their absolute values,
     * {@code logOdds} the same part on the model's scale.
     */
    public record FactorPart(Labels covariate, double rate, double share, double logOdds) {
    }
}
