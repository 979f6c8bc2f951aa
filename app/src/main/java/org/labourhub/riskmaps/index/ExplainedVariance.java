package org.labourhub.riskmaps.index;

import org.labourhub.risk.validation.ValidationStatistics;

import java.util.Arrays;

/**
 * How much of the indicators' variance the first principal component explains: the largest eigenvalue of their
 * correlation matrix over the number of indicators. The engine gives the component's weights but not this share.
 */
final class ExplainedVariance {

    private ExplainedVariance() {
    }

    /** {@code indicators[i][t]}: indicator i of territory t; null when the share cannot be found. */
    static Double ofFirstComponent(double[][] indicators) {
        int k = indicators.length;
        double[] ones = new double[indicators[0].length];
        Arrays.fill(ones, 1);
        double[][] r = new double[k][k];
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                r[a][b] = a == b ? 1 : ValidationStatistics.pearson(indicators[a], indicators[b], ones);
            }
        }
        // power iteration: a correlation matrix has no negative eigenvalue, so the largest one dominates
        double[] v = new double[k];
        Arrays.fill(v, 1 / Math.sqrt(k));
        v[0] += 1e-3;
        double eigenvalue = 0;
        for (int step = 0; step < 2000; step++) {
            double[] next = new double[k];
            for (int a = 0; a < k; a++) {
                for (int b = 0; b < k; b++) {
                    next[a] += r[a][b] * v[b];
                }
            }
            double norm = Math.sqrt(Arrays.stream(next).map(x -> x * x).sum());
            if (!(norm > 0)) {
                return null;
            }
            for (int a = 0; a < k; a++) {
                next[a] /= norm;
            }
            boolean settled = Math.abs(norm - eigenvalue) < 1e-13 * norm;
            eigenvalue = norm;
            v = next;
            if (settled) {
                break;
            }
        }
        double share = eigenvalue / k;
        return Double.isFinite(share) ? Math.min(1, share) : null;
    }
}
