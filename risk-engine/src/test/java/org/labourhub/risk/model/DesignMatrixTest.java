package org.labourhub.risk.model;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The compact design matrix gives back every row, and the fit does not depend on how columns are kept. */
class DesignMatrixTest {

    /** 15 flags (more than fit in a pattern), two numeric columns and the intercept. */
    private static final int FLAGS = 15;
    private static final int P = 1 + FLAGS + 2;

    @Test
    void everyRowComesBackAsItWasGiven() {
        double[] x = sample(5000);
        DesignMatrix matrix = DesignMatrix.ofDense(x, 5000, P);
        assertEquals(DesignMatrix.MAX_PATTERN_BITS, Integer.numberOfTrailingZeros(matrix.patterns()));
        double[] row = new double[P];
        for (int i = 0; i < 5000; i++) {
            matrix.row(i, row);
            for (int j = 0; j < P; j++) {
                assertEquals(x[i * P + j], row[j], "row " + i + ", column " + j);
            }
        }
    }

    @Test
    void theFitIsTheSameWhetherFlagsArePatternsOrValues() {
        int n = 20000;
        double[] truth = new double[P];
        truth[0] = -1.5;
        for (int j = 1; j < P; j++) {
            truth[j] = 0.1 * ((j % 7) - 3);
        }
        double[] x = sample(n);
        double[] y = new double[n];
        double[] w = new double[n];
        var random = new SplittableRandom(7);
        for (int i = 0; i < n; i++) {
            double eta = 0;
            for (int j = 0; j < P; j++) {
                eta += x[i * P + j] * truth[j];
            }
            y[i] = random.nextDouble() < 1 / (1 + Math.exp(-eta)) ? 1 : 0;
            w[i] = 10 + random.nextDouble() * 90;
        }
        List<String> names = new ArrayList<>();
        for (int j = 0; j < P; j++) {
            names.add("c" + j);
        }
        DesignMatrix patterns = DesignMatrix.ofDense(x, n, P);
        DesignMatrix values = DesignMatrix.of(n, P, new boolean[P],
                (i, row) -> System.arraycopy(x, i * P, row, 0, P), 2);
        assertEquals(1, values.patterns());
        LogitFit a = new WeightedLogit(patterns, y, w, names, 2).fit();
        LogitFit b = new WeightedLogit(values, y, w, names, 1).fit();
        for (int j = 0; j < P; j++) {
            assertEquals(b.beta()[j], a.beta()[j], 1e-9 * Math.abs(b.beta()[j]) + 1e-12, names.get(j));
            assertEquals(b.inverseInformation()[j][j], a.inverseInformation()[j][j],
                    1e-9 * b.inverseInformation()[j][j], names.get(j));
        }
        assertArrayEquals(b.fitted(), a.fitted(), 1e-12);
    }

    /** Intercept, FLAGS random 0/1 columns, an age and a household size. */
    private static double[] sample(int n) {
        var random = new SplittableRandom(2018);
        double[] x = new double[n * P];
        for (int i = 0; i < n; i++) {
            x[i * P] = 1;
            for (int j = 1; j <= FLAGS; j++) {
                x[i * P + j] = random.nextDouble() < 0.3 ? 1 : 0;
            }
            x[i * P + FLAGS + 1] = 5 + random.nextInt(13);
            x[i * P + FLAGS + 2] = 0.5 * random.nextInt(1, 20);
        }
        return x;
    }
}
