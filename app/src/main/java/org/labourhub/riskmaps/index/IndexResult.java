package org.labourhub.riskmaps.index;

import org.labourhub.riskmaps.Labels;
import org.labourhub.riskmaps.RunVisibility;
import org.labourhub.riskmaps.SharedResult;

import java.time.OffsetDateTime;
import java.util.List;

/** A vulnerability index as it was computed and saved: what was asked, what it gave, who sees it. */
record IndexResult(long id, String country, String title, long datasetId, Long boundarySetId, Settings settings,
                   RunVisibility visibility, String startedBy, OffsetDateTime createdAt, OffsetDateTime sharedAt,
                   OffsetDateTime publishedAt, int version) implements SharedResult {

    /**
     * The index's settings and the weights and thresholds they gave.
     *
     * @param thresholds        the upper score of each level but the last
     * @param explainedVariance the share of the indicators' variance the first principal component explains, when
     *                          the weights are that component's; else null
     */
    record Settings(String territoryColumn, List<Indicator> indicators, String normalisation, String weighting,
                    int levels, String levelMethod, List<Double> thresholds, Double explainedVariance,
                    String datasetName, String datasetSha256, long datasetRows) {

        Settings {
            indicators = List.copyOf(indicators);
            thresholds = List.copyOf(thresholds);
        }
    }

    /** An indicator: its column, its name in the four languages, its orientation and weights (asked and used). */
    record Indicator(String column, Labels labels, boolean higherIsRiskier, double expertWeight, double weight) {
    }

    /** One territory's score, level (1 = lowest) and normalised indicators in the settings' order. */
    record Territory(String code, double score, int level, List<Double> normalised) {

        Territory {
            normalised = List.copyOf(normalised);
        }
    }
}
