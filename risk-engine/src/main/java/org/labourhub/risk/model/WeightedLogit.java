package org.labourhub.risk.model;

import java.util.List;
import org.labourhub.risk.parallel.OrderedParallel;

/**
 * Maximises Σ wᵢ[yᵢ ln pᵢ + (1−yᵢ) ln(1−pᵢ)] by iteratively reweighted least squares (Newton steps with
 * step-halving). Rows are processed in fixed blocks on several threads and summed in block order, so the
 * result does not depend on the number of threads.
 */
public final class WeightedLogit {

    static final int MAX_ITERATIONS = 50;
    private static final int BLOCK_ROWS = 1 << 16;

    private final DesignMatrix x;
    private final double[] y;
    private final double[] w;
    private final int n;
    private final int p;
    private final List<String> columnNames;
    private final int threads;

    /** Column 0 of {@code x} is the intercept. */
    public WeightedLogit(DesignMatrix x, double[] y, double[] w, List<String> columnNames, int threads) {
        this.x = x;
        this.y = y;
        this.w = w;
        this.n = y.length;
        this.p = columnNames.size();
        this.columnNames = columnNames;
        this.threads = threads;
        if (x.rows() != n || x.columns() != p || w.length != n) {
            throw new IllegalArgumentException("design matrix, outcome and weights differ in size");
        }
    }

    public LogitFit fit() {
        new SeparationCheck(x, y, w, columnNames, threads).check();
        double[] beta = warmStart();
        Step step = step(beta);
        for (int iteration = 1; iteration <= MAX_ITERATIONS; iteration++) {
            double[] delta = solve(step.information(), step.score());
            // Newton converges quadratically: after a step below 1e-6 the error left is of order 1e-12. Like R's
            // glm, the information reported is the one this last step was computed from.
            if (maxRelative(delta, beta) < 1e-6) {
                return finish(add(beta, delta, 1), step.information(), iteration);
            }
            double[] next = add(beta, delta, 1);
            Step nextStep = step(next);
            for (int halving = 1; halving <= 30 && !(nextStep.deviance() <= step.deviance() * (1 + 1e-10)); halving++) {
                next = add(beta, delta, Math.pow(0.5, halving));
                nextStep = step(next);
            }
            beta = next;
            step = nextStep;
        }
        throw nonConvergence(beta);
    }

    /**
     * Where to start: on large surveys, the fit of every 16th child, which lands near the optimum so that few
     * iterations over all children remain; the optimum reached, and so the result, is the same.
     */
    private double[] warmStart() {
        double[] start = new double[p];
        start[0] = startingIntercept();
        if (n < 200_000) {
            return start;
        }
        int m = n / 16;
        double[] ys = new double[m], ws = new double[m];
        for (int i = 0; i < m; i++) {
            ys[i] = y[i * 16];
            ws[i] = w[i * 16];
        }
        try {
            return new WeightedLogit(x.everyNth(16), ys, ws, columnNames, threads).fit().beta();
        } catch (ModelError subsampleTooSmall) {
            return start;
        }
    }

    private LogitFit finish(double[] beta, double[][] information, int iterations) {
        double[][] inverse = Cholesky.of(information).inverse();
        double[] fitted = new double[n];
        double deviance = fitted(beta, fitted);
        if (saturated(fitted)) {
            throw new ModelError("the fitted probabilities reach 0 or 1 for some children: the covariates separate "
                    + "children in child labour from the others (quasi-complete separation, possibly by a combination "
                    + "of covariates). Merge rare categories or drop covariates, then run again.");
        }
        return new LogitFit(beta, inverse, fitted, iterations, deviance);
    }

    private boolean saturated(double[] fitted) {
        for (int i = 0; i < n; i++) {
            if (w[i] > 0 && (fitted[i] < 1e-10 || fitted[i] > 1 - 1e-10)) {
                return true;
            }
        }
        return false;
    }

    private ModelError nonConvergence(double[] beta) {
        int largest = 0;
        for (int j = 1; j < p; j++) {
            if (Math.abs(beta[j]) > Math.abs(beta[largest])) {
                largest = j;
            }
        }
        return new ModelError("the weighted logit did not converge in " + MAX_ITERATIONS + " iterations; the largest "
                + "coefficient is '" + columnNames.get(largest) + "' = " + beta[largest] + ". This usually means "
                + "separation by that covariate: merge its rare categories or drop it.");
    }

    private double startingIntercept() {
        double sy = 0;
        double sw = 0;
        for (int i = 0; i < n; i++) {
            sy += w[i] * y[i];
            sw += w[i];
        }
        double mean = sy / sw;
        return Math.log(mean / (1 - mean));
    }

    private double[] solve(double[][] information, double[] score) {
        try {
            return Cholesky.of(information).solve(score);
        } catch (Cholesky.SingularColumn e) {
            throw new ModelError("the covariate column '" + columnNames.get(e.column()) + "' is a combination of "
                    + "earlier columns (collinear) in the survey, or has no weight. Drop it or merge categories.");
        }
    }

    /**
     * Weighted information XᵀWX, score Xᵀw(y−p) and deviance at beta. Children are summed per pattern of their 0/1
     * columns (see {@link DesignMatrix}) in fixed row blocks on several threads, blocks added in order, so the
     * result does not depend on the number of threads; the pattern sums are then spread over the columns.
     */
    private Step step(double[] beta) {
        var sums = new PatternSums(x.valueColumn().length, x.patterns());
        double[] patternEta = x.patternEta(beta);
        double[] valueBeta = x.valueBeta(beta);
        int blocks = (n + BLOCK_ROWS - 1) / BLOCK_ROWS;
        new OrderedParallel<PatternSums>(threads).run(blocks, b -> block(patternEta, valueBeta, b * BLOCK_ROWS,
                Math.min(n, (b + 1) * BLOCK_ROWS)), sums::add);
        return sums.spread(x, p);
    }

    private PatternSums block(double[] patternEta, double[] valueBeta, int from, int to) {
        int m = valueBeta.length;
        var part = new PatternSums(m, x.patterns());
        double[] s = part.sums;
        int stride = part.stride;
        int[] pattern = x.pattern();
        double[] values = x.values();
        double deviance = 0;
        for (int i = from; i < to; i++) {
            int g = pattern[i];
            int v = i * m;
            double eta = patternEta[g];
            for (int k = 0; k < m; k++) {
                eta += values[v + k] * valueBeta[k];
            }
            // one exponential gives both the probability and the deviance term ln(1 + e^η) − yη
            double e = Math.exp(-Math.abs(eta));
            double prob = eta >= 0 ? 1 / (1 + e) : e / (1 + e);
            double weight = w[i] * prob * (1 - prob);
            double residual = w[i] * (y[i] - prob);
            deviance += 2 * w[i] * (Math.max(eta, 0) + Math.log(1 + e) - y[i] * eta);
            int a = g * stride;
            s[a] += weight;
            s[a + 1] += residual;
            int products = a + 2 + 2 * m;
            for (int k = 0; k < m; k++) {
                double value = values[v + k];
                double wk = weight * value;
                s[a + 2 + k] += wk;
                s[a + 2 + m + k] += residual * value;
                int row = products + k * (k + 1) / 2;
                for (int l = 0; l <= k; l++) {
                    s[row + l] += wk * values[v + l];
                }
            }
        }
        part.deviance = deviance;
        return part;
    }

    /** Fills the fitted probabilities at beta and returns the deviance there, in row blocks on several threads. */
    private double fitted(double[] beta, double[] fitted) {
        double[] patternEta = x.patternEta(beta);
        double[] valueBeta = x.valueBeta(beta);
        double[] deviance = {0};
        int blocks = (n + BLOCK_ROWS - 1) / BLOCK_ROWS;
        new OrderedParallel<Double>(threads).run(blocks, b -> {
            double part = 0;
            for (int i = b * BLOCK_ROWS; i < Math.min(n, (b + 1) * BLOCK_ROWS); i++) {
                double eta = x.eta(i, patternEta, valueBeta);
                double e = Math.exp(-Math.abs(eta));
                fitted[i] = eta >= 0 ? 1 / (1 + e) : e / (1 + e);
                part += 2 * w[i] * (Math.max(eta, 0) + Math.log(1 + e) - y[i] * eta);
            }
            return part;
        }, part -> deviance[0] += part);
        return deviance[0];
    }

    private static double[] add(double[] a, double[] b, double factor) {
        double[] sum = new double[a.length];
        for (int j = 0; j < a.length; j++) {
            sum[j] = a[j] + factor * b[j];
        }
        return sum;
    }

    private static double maxRelative(double[] delta, double[] beta) {
        double max = 0;
        for (int j = 0; j < delta.length; j++) {
            max = Math.max(max, Math.abs(delta[j]) / (Math.abs(beta[j]) + 1e-8));
        }
        return max;
    }

    record Step(double[][] information, double[] score, double deviance) {
    }
}
