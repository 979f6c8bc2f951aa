package org.labourhub.risk.uncertainty;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.labourhub.risk.config.Benchmarking;
import org.labourhub.risk.config.Covariate;
import org.labourhub.risk.levels.Levels;
import org.labourhub.risk.model.LogitFit;
import org.labourhub.risk.model.ModelTerms;
import org.labourhub.risk.model.SurveyModel;
import org.labourhub.risk.transfer.TerritoryRates;
import org.labourhub.risk.transfer.TerritoryTotals;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SimulationIntervalsTest {

    private static final double[] BETA = {-2, 1};

    /** Three territories of four children each, all kept in the sample, x = 0, 1, 2 respectively. */
    private static TerritoryRates rates() {
        double[][] children = new double[3][6], expected = new double[3][6], sample = new double[3][];
        for (int t = 0; t < 3; t++) {
            children[t][0] = 4;
            expected[t][0] = 4 / (1 + Math.exp(-(BETA[0] + BETA[1] * t)));
            sample[t] = new double[] {1, t, 1, t, 1, t, 1, t};
        }
        var totals = new TerritoryTotals(List.of("A", "B", "C"), List.of("R", "R", "R"), children, expected,
                new double[3][2], sample, 12, 0);
        return TerritoryRates.of(totals, Benchmarking.NONE, List.of());
    }

    private static SurveyModel model(double variance) {
        var terms = new ModelTerms(List.of(new ModelTerms.Term(Covariate.numeric("x"), 1, List.of(), 0, false)));
        double[][] v = {{variance, 0}, {0, variance}};
        return new SurveyModel(terms, BETA, v, new LogitFit(BETA, v, new double[0], 1, 0));
    }

    @Test
    void intervalsShrinkToThePointWhenTheCoefficientsAreCertain() {
        TerritoryRates rates = rates();
        Intervals intervals = SimulationIntervals.of(rates, model(1e-14), new Levels(new double[] {0.2, 0.4}), 50, 1, 2);
        for (int t = 0; t < 3; t++) {
            assertEquals(rates.rate(t), intervals.rateLow()[t], 1e-6);
            assertEquals(rates.rate(t), intervals.rateHigh()[t], 1e-6);
        }
        assertArrayEquals(new int[] {3, 2, 1}, intervals.rank());
        assertArrayEquals(new double[] {0, 0, 1}, intervals.probabilityHigh());
    }

    @Test
    void uncertainCoefficientsGiveIntervalsAroundTheRateAndUncertainRanks() {
        TerritoryRates rates = rates();
        Intervals intervals = SimulationIntervals.of(rates, model(0.25), new Levels(new double[] {0.2, 0.4}), 400, 7, 2);
        for (int t = 0; t < 3; t++) {
            assertTrue(intervals.rateLow()[t] < rates.rate(t) && rates.rate(t) < intervals.rateHigh()[t]);
            assertTrue(intervals.rankLow()[t] >= 1 && intervals.rankHigh()[t] <= 3);
            assertTrue(intervals.probabilityHigh()[t] >= 0 && intervals.probabilityHigh()[t] <= 1);
        }
        assertTrue(intervals.probabilityHigh()[2] > intervals.probabilityHigh()[0]);
        var again = SimulationIntervals.of(rates, model(0.25), new Levels(new double[] {0.2, 0.4}), 400, 7, 1);
        assertArrayEquals(intervals.rateLow(), again.rateLow(), 0, "same seed, any number of threads, same result");
    }
}
