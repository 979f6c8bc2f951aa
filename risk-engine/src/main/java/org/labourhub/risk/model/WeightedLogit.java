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
    private static final int BLOCK_ROWS = 1 << 15;

    private final double[] x;
    private final double[] y;
    private final double[] w;
    private final int n;
    private final int p;
    private final List<String> columnNames;
    private final int threads;

    /** {@code x} is row-major, n rows of p columns, column 0 the intercept. */
    public WeightedLogit(double[] x, double[] y, double[] w, List<String> columnNames, int threads) {
        this.x = x;
        this.y = y;
        this.w = w;
        this.n = y.length;
        this.p = columnNames.size();
        this.columnNames = columnNames;
        this.threads = threads;
        if (x.length != (long) n * p || w.length != n) {
            throw new IllegalArgumentException("design matrix, outcome and weights differ in size");
        }
    }

    public LogitFit fit() {
        SparseRows rows = SparseRows.of(x, n, p, threads);
        new SeparationCheck(rows, y, w, columnNames, threads).check();
        double[] beta = warmStart();
        Step step = step(beta, rows);
        for (int iteration = 1; iteration <= MAX_ITERATIONS; iteration++) {
            double[] delta = solve(step.information(), step.score());
            double[] next = add(beta, delta, 1);
            Step nextStep = step(next, rows);
            for (int halving = 1; halving <= 30 && !(nextStep.deviance() <= step.deviance() * (1 + 1e-10)); halving++) {
                next = add(beta, delta, Math.pow(0.5, halving));
                nextStep = step(next, rows);
            }
            beta = next;
            step = nextStep;
            // Newton converges quadratically: after a step below 1e-6 the error left is of order 1e-12
            if (maxRelative(delta, beta) < 1e-6) {
                return finish(beta, step, iteration);
            }
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
        double[] xs = new double[m * p], ys = new double[m], ws = new double[m];
        for (int i = 0; i < m; i++) {
            System.arraycopy(x, i * 16 * p, xs, i * p, p);
            ys[i] = y[i * 16];
            ws[i] = w[i * 16];
        }
        try {
            return new WeightedLogit(xs, ys, ws, columnNames, threads).fit().beta();
        } catch (ModelError subsampleTooSmall) {
            return start;
        }
    }

    private LogitFit finish(double[] beta, Step step, int iterations) {
        double[][] inverse = Cholesky.of(step.information()).inverse();
        double[] fitted = step.fitted();
        if (saturated(fitted)) {
            throw new ModelError("the fitted probabilities reach 0 or 1 for some children: the covariates separate "
                    + "children in child labour from the others (quasi-complete separation, possibly by a combination "
                    + "of covariates). Merge rare categories or drop covariates, then run again.");
        }
        return new LogitFit(beta, inverse, fitted, iterations, step.deviance());
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

    /** Weighted information XᵀWX, score Xᵀw(y−p) and deviance at beta, summed block by block. */
    private Step step(double[] beta, SparseRows rows) {
        int blocks = (n + BLOCK_ROWS - 1) / BLOCK_ROWS;
        double[] fitted = new double[n];
        var total = new Step(new double[p][p], new double[p], 0, fitted);
        double[] deviance = {0};
        new OrderedParallel<Step>(threads).run(blocks, b -> block(beta, rows, b * BLOCK_ROWS,
                Math.min(n, (b + 1) * BLOCK_ROWS), fitted), part -> {
            for (int j = 0; j < p; j++) {
                total.score()[j] += part.score()[j];
                for (int k = 0; k <= j; k++) {
                    total.information()[j][k] += part.information()[j][k];
                }
            }
            deviance[0] += part.deviance();
        });
        for (int j = 0; j < p; j++) {
            for (int k = 0; k < j; k++) {
                total.information()[k][j] = total.information()[j][k];
            }
        }
        return new Step(total.information(), total.score(), deviance[0], fitted);
    }

    private Step block(double[] beta, SparseRows sparse, int from, int to, double[] fitted) {
        double[][] information = new double[p][p];
        double[] score = new double[p];
        double deviance = 0;
        int[] nonZeroStart = sparse.start();
        byte[] nonZeroColumn = sparse.column();
        double[] nonZeroValue = sparse.value();
        for (int i = from; i < to; i++) {
            int first = nonZeroStart[i];
            int last = nonZeroStart[i + 1];
            double eta = 0;
            for (int a = first; a < last; a++) {
                eta += nonZeroValue[a] * beta[nonZeroColumn[a]];
            }
            // one exponential gives both the probability and the deviance term ln(1 + e^η) − yη
            double e = Math.exp(-Math.abs(eta));
            double prob = eta >= 0 ? 1 / (1 + e) : e / (1 + e);
            fitted[i] = prob;
            double weight = w[i] * prob * (1 - prob);
            double residual = w[i] * (y[i] - prob);
            deviance += 2 * w[i] * (Math.max(eta, 0) + Math.log(1 + e) - y[i] * eta);
            // indicator columns are mostly zero: only pairs of non-zero values add to XᵀWX
            for (int a = first; a < last; a++) {
                int column = nonZeroColumn[a];
                double value = nonZeroValue[a];
                double[] informationRow = information[column];
                double wa = weight * value;
                score[column] += value * residual;
                for (int b = first; b <= a; b++) {
                    informationRow[nonZeroColumn[b]] += wa * nonZeroValue[b];
                }
            }
        }
        return new Step(information, score, deviance, fitted);
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

    private record Step(double[][] information, double[] score, double deviance, double[] fitted) {
    }
}
