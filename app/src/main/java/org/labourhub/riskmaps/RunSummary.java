package org.labourhub.riskmaps;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a finished run found apart from its territories, as its result pages show it.
 *
 * @param nationalRate   the census-wide expected rate of child labour (weighted by children)
 * @param stageSeconds   how long each stage of the engine took, in order
 */
public record RunSummary(Survey survey, List<Direct> direct, List<Coefficient> coefficients, double auc,
                         List<Calibration> calibration, List<Harmonisation> harmonisation, Diagnostics diagnostics,
                         LevelScheme levels, double nationalRate, long censusRows, Optional<Validation> validation,
                         Map<String, Double> stageSeconds) {

    public RunSummary {
        direct = List.copyOf(direct);
        coefficients = List.copyOf(coefficients);
        calibration = List.copyOf(calibration);
        harmonisation = List.copyOf(harmonisation);
        stageSeconds = Map.copyOf(stageSeconds);
    }

    /**
     * The survey as the model saw it: children of the definition's ages, the design, and the rows set aside.
     *
     * @param blankOutcomes children left out because a labour variable was blank (when the run reports them)
     * @param zeroWeights   rows with a zero weight, which count for nothing in the estimates
     */
    public record Survey(long children, int strata, int psus, long households, long skippedOutOfAge,
                         long blankOutcomes, long zeroWeights) {
    }

    /**
     * A direct SDG 8.7.1 estimate from the survey with its design standard error.
     *
     * @param sex      {@code MALE}, {@code FEMALE} or null for both
     * @param ageBand  0, 1, 2 for the definition's young, middle and oldest band, or null for all ages
     */
    public record Direct(String sex, Integer ageBand, double children, double rate, double standardError) {
    }

    /**
     * One column of the model: a covariate (or one level of a categorical one), or the intercept ({@code covariate}
     * null). Intervals are at 95 %.
     */
    public record Coefficient(Labels covariate, Labels level, double beta, double standardError, double oddsRatio,
                              double oddsLow, double oddsHigh) {

        public boolean isIntercept() {
            return covariate == null;
        }
    }

    /** One tenth of the surveyed children by predicted risk: their mean predicted and observed rate. */
    public record Calibration(int decile, double predicted, double observed, double weight) {
    }

    /** How far a covariate's distribution in the survey is from the census; {@code flagged} above the run's limit. */
    public record Harmonisation(Labels covariate, Labels level, double survey, double census, double gap,
                                boolean flagged) {
    }

    /**
     * What the run found wrong or missing in its inputs, all of it shown on its page.
     *
     * @param censusOnly     territories of the census with no surveyed child
     * @param surveyOnly     territories of the survey absent from the census
     * @param withoutBoundary territories of the run that no boundary draws
     * @param boundaryOnly   boundaries of the chosen set with no data in the run
     */
    public record Diagnostics(long zeroWeights, long blankOutcomes, List<String> censusOnly, List<String> surveyOnly,
                              List<String> withoutBoundary, List<String> boundaryOnly) {

        public Diagnostics {
            censusOnly = List.copyOf(censusOnly);
            surveyOnly = List.copyOf(surveyOnly);
            withoutBoundary = List.copyOf(withoutBoundary);
            boundaryOnly = List.copyOf(boundaryOnly);
        }
    }

    /**
     * How rates were grouped into levels: the method (the engine's {@code LevelMethod} name), the number of levels
     * and the upper bound of each level but the last.
     */
    public record LevelScheme(String method, int count, List<Double> thresholds, boolean weighted) {

        public LevelScheme {
            thresholds = List.copyOf(thresholds);
        }
    }

    /** How the modelled rates compare with a direct measurement per territory. */
    public record Validation(int territories, double correlation, double rankCorrelation, double meanAbsoluteError,
                             double levelAgreement) {
    }
}
