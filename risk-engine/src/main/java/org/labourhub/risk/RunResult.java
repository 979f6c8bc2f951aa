package org.labourhub.risk;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.labourhub.risk.config.RiskConfig;
import org.labourhub.risk.factors.TerritoryFactors;
import org.labourhub.risk.levels.Levels;
import org.labourhub.risk.model.ModelDiagnostics;
import org.labourhub.risk.model.SurveyModel;
import org.labourhub.risk.survey.DirectEstimate;
import org.labourhub.risk.transfer.ShareGap;
import org.labourhub.risk.transfer.TerritoryRates;
import org.labourhub.risk.uncertainty.Intervals;
import org.labourhub.risk.validation.Validation;

/**
 * Everything a model run found: the survey's direct estimates, the model and its diagnostics, the
 * harmonisation table, what does not line up between the inputs, and per territory the rates, level,
 * intervals, flags and factors.
 *
 * @param stageSeconds    wall-clock seconds of each stage, in order
 * @param stageCpuSeconds CPU seconds of the process (all threads) in each stage
 */
public record RunResult(RiskConfig config, SurveySummary survey, List<DirectEstimate> direct, SurveyModel model,
                        ModelDiagnostics diagnostics, RunDiagnostics dataDiagnostics, List<ShareGap> harmonisation, TerritoryRates rates,
                        Levels levels, int[] level, Intervals intervals, List<TerritoryFactors> factors,
                        Optional<Validation> validation, Map<String, Double> stageSeconds,
                        Map<String, Double> stageCpuSeconds) {

    /**
     * The survey as the report describes it.
     *
     * @param blankOutcomes children left out of the fit and direct estimates because a labour field was blank
     * @param zeroWeights   children kept with weight 0 (they add nothing to the fit or the estimates)
     */
    public record SurveySummary(int children, int strata, int psus, int households, int skippedOutOfAge,
                                int blankOutcomes, int zeroWeights) {
    }

    public boolean fewChildren(int t) {
        return rates.children(t) < config.minChildren();
    }

    public boolean wideInterval(int t) {
        return intervals.rateHigh()[t] - intervals.rateLow()[t] > config.maxIntervalWidth();
    }
}
