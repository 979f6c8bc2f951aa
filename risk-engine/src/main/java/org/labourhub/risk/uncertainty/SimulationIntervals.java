package org.labourhub.risk.uncertainty;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.labourhub.risk.levels.Levels;
import org.labourhub.risk.model.Cholesky;
import org.labourhub.risk.model.Logistic;
import org.labourhub.risk.model.SurveyModel;
import org.labourhub.risk.parallel.OrderedParallel;
import org.labourhub.risk.transfer.TerritoryRates;

/**
 * Draws β from N(β̂, V) and re-evaluates every territory's rate. A territory whose children all fit in the
 * kept sample is evaluated exactly; a larger one by the difference estimator Rₜ(β̂) + mean over its sample of
 * [p(β) − p(β̂)], which is exact in expectation and, the difference being small and smooth, nearly so per draw.
 * Levels in each draw use the thresholds of the point estimates.
 */
public final class SimulationIntervals {

    private static final int TERRITORIES_PER_TASK = 32;

    private SimulationIntervals() {
    }

    public static Intervals of(TerritoryRates rates, SurveyModel model, Levels levels, int draws, long seed,
                               int threads) {
        double[][] betas = draws(model, draws, seed);
        double[][] byColumn = new double[model.beta().length][draws];
        for (int b = 0; b < draws; b++) {
            for (int j = 0; j < byColumn.length; j++) {
                byColumn[j][b] = betas[b][j];
            }
        }
        int territories = rates.size();
        double[][] simulated = new double[territories][];
        int tasks = (territories + TERRITORIES_PER_TASK - 1) / TERRITORIES_PER_TASK;
        new OrderedParallel<double[][]>(threads).run(tasks, task -> {
            int from = task * TERRITORIES_PER_TASK;
            int to = Math.min(territories, from + TERRITORIES_PER_TASK);
            double[][] part = new double[to - from][];
            for (int t = from; t < to; t++) {
                part[t - from] = territoryDraws(rates, t, model.beta(), byColumn);
            }
            return part;
        }, new java.util.function.Consumer<>() {
            private int next;

            @Override
            public void accept(double[][] part) {
                for (double[] d : part) {
                    simulated[next++] = d;
                }
            }
        });
        return summarise(rates.rates(), simulated, levels, draws);
    }

    static double[][] draws(SurveyModel model, int draws, long seed) {
        Cholesky root = Cholesky.of(model.covariance());
        var random = new SplittableRandom(seed);
        int p = model.beta().length;
        double[][] betas = new double[draws][];
        for (int b = 0; b < draws; b++) {
            double[] z = new double[p];
            for (int j = 0; j < p; j++) {
                z[j] = random.nextGaussian();
            }
            double[] shift = root.times(z);
            betas[b] = new double[p];
            for (int j = 0; j < p; j++) {
                betas[b][j] = model.beta()[j] + shift[j];
            }
        }
        return betas;
    }

    /**
     * One territory's rate under every draw. The draws' coefficients are held by column ({@code byColumn[j][b]})
     * so that, row by row, the linear predictors of all draws are updated by one simple loop over the draws.
     */
    private static double[] territoryDraws(TerritoryRates rates, int t, double[] beta, double[][] byColumn) {
        double[] rows = rates.totals().sample()[t];
        int p = beta.length;
        int draws = byColumn[0].length;
        int m = rows.length / p;
        boolean complete = m == (int) Math.round(rates.children(t));
        double base = 0;
        double[] sums = new double[draws];
        double[] eta = new double[draws];
        for (int i = 0; i < m; i++) {
            int offset = i * p;
            java.util.Arrays.fill(eta, 0);
            double pointEta = 0;
            for (int j = 0; j < p; j++) {
                double xj = rows[offset + j];
                if (xj == 0) {
                    continue;
                }
                pointEta += xj * beta[j];
                double[] column = byColumn[j];
                for (int b = 0; b < draws; b++) {
                    eta[b] += xj * column[b];
                }
            }
            base += Logistic.of(pointEta);
            for (int b = 0; b < draws; b++) {
                sums[b] += 1 / (1 + Math.exp(-eta[b]));
            }
        }
        double unbenchmarked = rates.totals().rate(t);
        double factor = rates.factor()[t];
        double[] result = new double[draws];
        for (int b = 0; b < draws; b++) {
            double rate = complete ? sums[b] / m : unbenchmarked + (sums[b] - base) / m;
            result[b] = Math.min(1, Math.max(0, rate * factor));
        }
        return result;
    }

    static Intervals summarise(double[] point, double[][] simulated, Levels levels, int draws) {
        int territories = point.length;
        int[][] ranks = new int[territories][draws];
        double[] column = new double[territories];
        for (int b = 0; b < draws; b++) {
            for (int t = 0; t < territories; t++) {
                column[t] = simulated[t][b];
            }
            int[] rank = Ranks.descending(column);
            for (int t = 0; t < territories; t++) {
                ranks[t][b] = rank[t];
            }
        }
        double[] low = new double[territories], high = new double[territories];
        double[] rankLow = new double[territories], rankHigh = new double[territories];
        double[] probabilityHigh = new double[territories];
        for (int t = 0; t < territories; t++) {
            double[] sorted = simulated[t].clone();
            Arrays.sort(sorted);
            low[t] = Ranks.quantile(sorted, 0.05);
            high[t] = Ranks.quantile(sorted, 0.95);
            double[] sortedRanks = Arrays.stream(ranks[t]).asDoubleStream().sorted().toArray();
            rankLow[t] = Ranks.quantile(sortedRanks, 0.05);
            rankHigh[t] = Ranks.quantile(sortedRanks, 0.95);
            int atHigh = 0;
            for (double rate : simulated[t]) {
                atHigh += levels.levelOf(rate) == levels.high() ? 1 : 0;
            }
            probabilityHigh[t] = atHigh / (double) draws;
        }
        return new Intervals(low, high, Ranks.descending(point), rankLow, rankHigh, probabilityHigh, draws);
    }
}
