package org.labourhub.risk.validation;

import org.labourhub.risk.levels.Levels;

/** Pearson, Spearman, Kendall τ-b, Cohen's κ, precision and recall of "high", MAE — weighted where said. */
public final class ValidationStatistics {

    private ValidationStatistics() {
    }

    public static Validation of(double[] modelled, double[] observed, double[] weight, Levels modelLevels,
                                Levels observedLevels) {
        int n = modelled.length;
        if (observed.length != n || weight.length != n || n < 3) {
            throw new IllegalArgumentException("validation needs at least 3 territories with both rates");
        }
        int[] predictedLevel = new int[n], observedLevel = new int[n];
        double error = 0, total = 0;
        for (int t = 0; t < n; t++) {
            predictedLevel[t] = modelLevels.levelOf(modelled[t]);
            observedLevel[t] = observedLevels.levelOf(observed[t]);
            error += weight[t] * Math.abs(modelled[t] - observed[t]);
            total += weight[t];
        }
        int high = modelLevels.high();
        return new Validation(n, pearson(modelled, observed, weight),
                pearson(averageRanks(modelled), averageRanks(observed), weight), kendallTauB(modelled, observed, weight),
                kappa(predictedLevel, observedLevel, modelLevels.count()), precision(predictedLevel, observedLevel, high),
                precision(observedLevel, predictedLevel, high), error / total);
    }

    public static double pearson(double[] x, double[] y, double[] w) {
        double sw = 0, mx = 0, my = 0;
        for (int i = 0; i < x.length; i++) {
            sw += w[i];
            mx += w[i] * x[i];
            my += w[i] * y[i];
        }
        mx /= sw;
        my /= sw;
        double sxy = 0, sxx = 0, syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += w[i] * (x[i] - mx) * (y[i] - my);
            sxx += w[i] * (x[i] - mx) * (x[i] - mx);
            syy += w[i] * (y[i] - my) * (y[i] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }

    /** Ranks 1..n, ties sharing their average rank. */
    public static double[] averageRanks(double[] values) {
        int n = values.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
        double[] rank = new double[n];
        for (int i = 0; i < n; ) {
            int j = i;
            while (j < n && values[order[j]] == values[order[i]]) {
                j++;
            }
            for (int k = i; k < j; k++) {
                rank[order[k]] = (i + j + 1) / 2.0;
            }
            i = j;
        }
        return rank;
    }

    /** τ-b with each pair weighted by wᵢwⱼ (all weights 1 gives the usual τ-b). */
    public static double kendallTauB(double[] x, double[] y, double[] w) {
        double concordant = 0, discordant = 0, tiesX = 0, tiesY = 0;
        for (int i = 0; i < x.length; i++) {
            for (int j = i + 1; j < x.length; j++) {
                double pair = w[i] * w[j];
                double dx = Math.signum(x[i] - x[j]), dy = Math.signum(y[i] - y[j]);
                if (dx == 0 && dy == 0) {
                    continue;
                } else if (dx == 0) {
                    tiesX += pair;
                } else if (dy == 0) {
                    tiesY += pair;
                } else if (dx == dy) {
                    concordant += pair;
                } else {
                    discordant += pair;
                }
            }
        }
        return (concordant - discordant) / Math.sqrt((concordant + discordant + tiesX) * (concordant + discordant + tiesY));
    }

    public static double kappa(int[] a, int[] b, int categories) {
        double[][] table = new double[categories][categories];
        for (int i = 0; i < a.length; i++) {
            table[a[i]][b[i]]++;
        }
        double n = a.length, agree = 0, chance = 0;
        for (int c = 0; c < categories; c++) {
            agree += table[c][c] / n;
            double rowSum = 0, columnSum = 0;
            for (int d = 0; d < categories; d++) {
                rowSum += table[c][d];
                columnSum += table[d][c];
            }
            chance += rowSum / n * columnSum / n;
        }
        return chance == 1 ? 1 : (agree - chance) / (1 - chance);
    }

    /** Of the territories {@code flagged} puts at level {@code high}, the share {@code truth} also puts there. */
    static double precision(int[] flagged, int[] truth, int high) {
        int flaggedHigh = 0, both = 0;
        for (int i = 0; i < flagged.length; i++) {
            if (flagged[i] == high) {
                flaggedHigh++;
                both += truth[i] == high ? 1 : 0;
            }
        }
        return flaggedHigh == 0 ? Double.NaN : both / (double) flaggedHigh;
    }
}
