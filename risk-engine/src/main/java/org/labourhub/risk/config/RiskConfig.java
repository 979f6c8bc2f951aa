package org.labourhub.risk.config;

import java.util.List;
import org.labourhub.risk.survey.ChildLabourDefinition;

/**
 * Everything an analyst sets for a model run. Values are checked here, so a run never starts on nonsense.
 *
 * @param maleCode       the value of the sex column for boys; {@code femaleCode} for girls
 * @param draws          number of simulated coefficient vectors for the intervals
 * @param sampleSize     children kept per territory to evaluate the draws (all of them in smaller territories)
 * @param minChildren    territories with fewer children are flagged
 * @param maxIntervalWidth territories whose 90 % interval of the rate is wider are flagged
 * @param maxShareGap    harmonisation gaps (share or relative mean) above this are flagged
 * @param boundaryCodeProperty the GeoJSON feature property holding the territory code
 * @param language       language of the HTML outputs: en, es, fr or pt
 * @param blankOutcome   what a blank labour field in the survey does
 */
public record RiskConfig(Columns columns, String maleCode, String femaleCode, List<Covariate> covariates,
                         ChildLabourDefinition definition, LonelyPsu lonelyPsu, int draws, long seed,
                         int sampleSize, int levels, LevelMethod levelMethod, boolean weightedLevels,
                         int minChildren, double maxIntervalWidth, double maxShareGap, Benchmarking benchmarking,
                         String boundaryCodeProperty, String language, BlankOutcome blankOutcome) {

    public RiskConfig {
        if (covariates.isEmpty()) {
            throw new IllegalArgumentException("name at least one covariate");
        }
        covariates = List.copyOf(covariates);
        if (maleCode.equals(femaleCode)) {
            throw new IllegalArgumentException("the codes for boys and girls must differ");
        }
        if (draws < 10) {
            throw new IllegalArgumentException("simulation needs at least 10 draws, not " + draws);
        }
        if (sampleSize < 10) {
            throw new IllegalArgumentException("keep at least 10 children per territory for simulation");
        }
        if (levels < 2 || levels > 9) {
            throw new IllegalArgumentException("levels must be between 2 and 9, not " + levels);
        }
        if (minChildren < 0 || !(maxIntervalWidth > 0) || !(maxShareGap > 0)) {
            throw new IllegalArgumentException("flag thresholds must be positive");
        }
        if (!java.util.Set.of("en", "es", "fr", "pt").contains(language)) {
            throw new IllegalArgumentException("language must be en, es, fr or pt, not '" + language + "'");
        }
        if (definition.countChores() && columns.outcome().isEmpty() && columns.choreHours().isEmpty()) {
            throw new IllegalArgumentException("the definition counts chores (definition.chores=true) but "
                    + "column.hours.chores is not set");
        }
        if (benchmarking == Benchmarking.REGION && columns.region().isEmpty()) {
            throw new IllegalArgumentException("benchmarking by region needs column.region");
        }
    }

    public Covariate covariate(String name) {
        return covariates.stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no covariate " + name));
    }
}
