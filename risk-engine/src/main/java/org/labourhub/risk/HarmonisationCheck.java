package org.labourhub.risk;

import java.nio.file.Path;
import java.util.List;
import org.labourhub.risk.config.RiskConfig;
import org.labourhub.risk.model.LogitFit;
import org.labourhub.risk.model.SurveyModel;
import org.labourhub.risk.survey.SurveyReader;
import org.labourhub.risk.survey.SurveySample;
import org.labourhub.risk.transfer.Harmonisation;
import org.labourhub.risk.transfer.ShareGap;
import org.labourhub.risk.transfer.TerritoryTotals;
import org.labourhub.risk.transfer.Transfer;

/**
 * Compares survey and census before any model is fitted, so that a person can see whether they describe the
 * same children and stop before a long run. The census is summed by territory as in a run, with every
 * coefficient 0: only its covariate means are used.
 */
public final class HarmonisationCheck {

    /** The comparison, and what the survey and census codes say about each other. */
    public record Result(RunResult.SurveySummary survey, List<ShareGap> gaps, RunDiagnostics diagnostics,
                         int territories, long censusRows) {
    }

    private HarmonisationCheck() {
    }

    public static Result of(RiskConfig config, Path survey, Path census, int threads) {
        SurveySample sample = SurveyReader.read(survey, config, threads);
        int p = sample.terms().columns();
        double[] zero = new double[p];
        double[][] none = new double[p][p];
        var unfitted = new SurveyModel(sample.terms(), zero, none, new LogitFit(zero, none, new double[0], 0, 0));
        TerritoryTotals totals = new Transfer(config, unfitted, threads).run(census);
        var summary = new RunResult.SurveySummary(sample.size(), sample.strata(), sample.psus(), sample.households(),
                sample.skippedOutOfAge(), sample.blankOutcomes(), sample.zeroWeights());
        return new Result(summary, Harmonisation.compare(sample, totals, config.maxShareGap()),
                RunDiagnostics.of(sample.zeroWeights(), sample.territoryCodes(), totals.codes(),
                        java.util.Optional.empty()), totals.size(), totals.rowsRead());
    }
}
