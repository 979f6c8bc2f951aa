package org.labourhub.riskmaps.validation;

import java.time.OffsetDateTime;
import java.util.List;

/** The last comparison of a run with a direct measurement, as it was made and kept. */
record RunValidation(long runId, long datasetId, String territoryColumn, String rateColumn, String scale,
                     Result result, String madeBy, OffsetDateTime madeAt) {

    /**
     * What the comparison found. A statistic that cannot be computed (no territory at the highest level, rates
     * all alike) is null. Correlations and the mean absolute error are weighted by the run's children.
     *
     * @param levels             the run's number of levels, by which the observed rates were also cut
     * @param observedThresholds the upper observed rate of each level but the last
     * @param agreement          territories by the model's level (rows) and the measurement's (columns), lowest first
     */
    record Result(String datasetName, int territories, Double pearson, Double spearman, Double kendall, Double kappa,
                  Double precisionHigh, Double recallHigh, Double meanAbsoluteError, int levels,
                  List<Double> observedThresholds, List<Pair> pairs, List<String> runOnly, List<String> observedOnly,
                  List<List<Integer>> agreement) {

        Result {
            observedThresholds = List.copyOf(observedThresholds);
            pairs = List.copyOf(pairs);
            runOnly = List.copyOf(runOnly);
            observedOnly = List.copyOf(observedOnly);
            agreement = agreement.stream().map(List::copyOf).toList();
        }
    }

    /** A territory with both rates (proportions) and both levels (1 = lowest). */
    record Pair(String code, double modelled, double observed, double children, int modelLevel, int observedLevel) {
    }
}
