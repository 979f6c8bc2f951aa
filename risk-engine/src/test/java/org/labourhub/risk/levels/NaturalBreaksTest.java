package org.labourhub.risk.levels;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.labourhub.risk.config.LevelMethod;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Fisher–Jenks breaks are the optimum: compared with every possible split of small inputs. */
class NaturalBreaksTest {

    @Test
    void equalBruteForceOptimumOnSmallInputs() {
        var random = new SplittableRandom(42);
        for (int trial = 0; trial < 300; trial++) {
            int n = 3 + random.nextInt(9);
            int k = 2 + random.nextInt(Math.min(3, n - 2));
            double[] values = new double[n], weights = new double[n];
            for (int i = 0; i < n; i++) {
                values[i] = Math.round(random.nextDouble() * 100) / 10.0;
                weights[i] = trial % 2 == 0 ? 1 : 0.5 + random.nextDouble() * 5;
            }
            Arrays.sort(values);
            int[] ends = NaturalBreaks.classEnds(values, weights, k);
            double best = bruteForce(values, weights, k, 0, new int[k], 0);
            assertEquals(best, NaturalBreaks.cost(values, weights, ends), 1e-9, "trial " + trial);
        }
    }

    private static double bruteForce(double[] values, double[] weights, int k, int from, int[] ends, int cls) {
        if (cls == k - 1) {
            ends[cls] = values.length - 1;
            return NaturalBreaks.cost(values, weights, ends);
        }
        double best = Double.POSITIVE_INFINITY;
        for (int end = from; end <= values.length - (k - cls); end++) {
            ends[cls] = end;
            best = Math.min(best, bruteForce(values, weights, k, end + 1, ends, cls + 1));
        }
        return best;
    }

    @Test
    void findsObviousGroups() {
        double[] values = {0.01, 0.02, 0.03, 0.20, 0.21, 0.22, 0.50, 0.52};
        Levels levels = Classification.of(values, null, 3, LevelMethod.NATURAL_BREAKS);
        assertArrayEquals(new double[] {0.03, 0.22}, levels.thresholds());
        assertEquals("high", levels.name(levels.levelOf(0.5)));
        assertEquals("low", levels.name(levels.levelOf(0.03)));
    }

    @Test
    void otherMethodsCutAsDocumented() {
        double[] values = {1, 2, 3, 4, 5, 6, 7, 8, 9};
        assertArrayEquals(new double[] {3, 6}, Classification.of(values, null, 3, LevelMethod.QUANTILES).thresholds());
        assertArrayEquals(new double[] {11.0 / 3, 19.0 / 3},
                Classification.of(values, null, 3, LevelMethod.EQUAL_WIDTH).thresholds(), 1e-12);
        double[] grouped = {1, 1.1, 1.2, 5, 5.1, 5.2, 9, 9.1, 9.2};
        assertArrayEquals(new double[] {1.2, 5.2}, Classification.of(grouped, null, 3, LevelMethod.KMEANS).thresholds());
        double[] weights = {10, 1, 1, 1, 1, 1, 1, 1, 1};
        assertEquals(1, Classification.of(values, weights, 2, LevelMethod.QUANTILES).thresholds()[0]);
    }
}
