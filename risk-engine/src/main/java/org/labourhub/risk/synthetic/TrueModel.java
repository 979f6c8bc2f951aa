package org.labourhub.risk.synthetic;

import java.util.List;

/**
 * The coefficients the synthetic population is drawn with, in the model's column order and names, and the
 * standard deviation of the territory effects added to the linear predictor (0: none).
 */
public record TrueModel(List<String> columns, double[] beta, double territoryEffectSd) {

    public static final List<String> COLUMNS = List.of("(Intercept)", "sex=1", "age", "rural", "indigenous",
            "migrant", "attends_school", "head_schooling=none", "head_schooling=primary", "head_schooling=tertiary",
            "head_agriculture", "head_social_security", "household_size", "spouse_schooling", "female_head",
            "poverty");

    public static TrueModel standard(double territoryEffectSd) {
        return new TrueModel(COLUMNS, new double[] {-3.2, 0.35, 0.12, 0.6, 0.4, 0.25, -0.8, 0.5, 0.3, -0.4, 0.7,
                -0.3, 0.05, -0.04, 0.1, 0.5}, territoryEffectSd);
    }

    public TrueModel {
        if (columns.size() != beta.length) {
            throw new IllegalArgumentException("one coefficient per column");
        }
        if (territoryEffectSd < 0) {
            throw new IllegalArgumentException("territory effect standard deviation cannot be negative");
        }
        columns = List.copyOf(columns);
    }
}
