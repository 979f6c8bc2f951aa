package org.labourhub.risk.index;

import java.util.List;
import org.labourhub.risk.config.LevelMethod;

/**
 * Settings of the vulnerability index: the territory column, the indicators (each with its orientation and,
 * for expert weighting, its weight), the normalisation and the weighting scheme, and the classification.
 */
public record IndexSettings(String territoryColumn, List<Indicator> indicators, Normalisation normalisation,
                            Weighting weighting, int levels, LevelMethod levelMethod) {

    public enum Normalisation { MIN_MAX, Z_SCORE }

    public enum Weighting { EQUAL, EXPERT, PRINCIPAL_COMPONENT }

    /** An administrative indicator; {@code higherIsRiskier} false means it is reversed before use. */
    public record Indicator(String column, boolean higherIsRiskier, double expertWeight) {
        public Indicator {
            if (column == null || column.isBlank() || expertWeight < 0) {
                throw new IllegalArgumentException("an indicator needs a column and a non-negative weight");
            }
        }
    }

    public IndexSettings {
        indicators = List.copyOf(indicators);
        if (indicators.size() < 2) {
            throw new IllegalArgumentException("an index needs at least two indicators");
        }
        if (weighting == Weighting.EXPERT && indicators.stream().mapToDouble(Indicator::expertWeight).sum() <= 0) {
            throw new IllegalArgumentException("expert weighting needs indicator.NAME.weight for the indicators");
        }
        if (levels < 2 || levels > 9) {
            throw new IllegalArgumentException("levels must be between 2 and 9");
        }
    }
}
