package org.labourhub.risk.validation;

import org.junit.jupiter.api.Test;
import org.labourhub.risk.levels.Levels;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Values checked against R: cor(x, y), cor(x, y, method = "spearman"/"kendall"), and hand-computed κ. */
class ValidationStatisticsTest {

    private final double[] x = {0.10, 0.20, 0.15, 0.30, 0.25, 0.05, 0.40};
    private final double[] y = {0.12, 0.18, 0.18, 0.33, 0.20, 0.07, 0.35};
    private final double[] ones = {1, 1, 1, 1, 1, 1, 1};

    @Test
    void unweightedCorrelationsEqualR() {
        assertEquals(0.959268, ValidationStatistics.pearson(x, y, ones), 1e-6);
        assertEquals(0.991031, ValidationStatistics.pearson(ValidationStatistics.averageRanks(x),
                ValidationStatistics.averageRanks(y), ones), 1e-6);
        assertEquals(0.975900, ValidationStatistics.kendallTauB(x, y, ones), 1e-6);
    }

    @Test
    void kappaPrecisionAndRecall() {
        var levels = new Levels(new double[] {0.12, 0.22});
        Validation v = ValidationStatistics.of(x, y, ones, levels, levels);
        // levels x: 0,1,1,2,2,0,2 ; y: 0,1,1,2,1,0,2 → agreement 6/7
        double chance = (2.0 / 7) * (2.0 / 7) + (2.0 / 7) * (3.0 / 7) + (3.0 / 7) * (2.0 / 7);
        assertEquals((6.0 / 7 - chance) / (1 - chance), v.kappa(), 1e-12);
        assertEquals(2.0 / 3, v.precisionHigh(), 1e-12);
        assertEquals(1.0, v.recallHigh(), 1e-12);
        double mae = 0;
        for (int i = 0; i < x.length; i++) {
            mae += Math.abs(x[i] - y[i]) / x.length;
        }
        assertEquals(mae, v.meanAbsoluteError(), 1e-12);
    }

    @Test
    void weightsCountTerritoriesSeveralTimes() {
        double[] a = {1, 2, 3}, b = {1, 3, 2};
        double[] doubled = {1, 1, 1, 2, 2, 3}, doubledB = {1, 1, 1, 3, 3, 2};
        assertEquals(ValidationStatistics.pearson(doubled, doubledB, new double[] {1, 1, 1, 1, 1, 1}),
                ValidationStatistics.pearson(a, b, new double[] {3, 2, 1}), 1e-12);
    }
}
