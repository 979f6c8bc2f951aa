package org.labourhub.risk.model;

import org.labourhub.risk.parallel.IndexSort;

/**
 * How well the model separates and calibrates on the survey: weighted AUC (the weighted share of
 * (labourer, non-labourer) pairs the model orders correctly, ties counting half) and, by weighted decile of p̂,
 * the mean predicted and the observed rate.
 */
public record ModelDiagnostics(double auc, double[] decilePredicted, double[] decileObserved, double[] decileWeight) {

    public static ModelDiagnostics of(double[] fitted, double[] y, double[] w) {
        int[] order = IndexSort.ascending(fitted);
        return new ModelDiagnostics(auc(order, fitted, y, w), null, null, null).withDeciles(order, fitted, y, w);
    }

    private static double auc(int[] order, double[] fitted, double[] y, double[] w) {
        double negativesBelow = 0, concordant = 0, positives = 0;
        int i = 0;
        while (i < order.length) {
            int j = i;
            double tiePositive = 0, tieNegative = 0;
            while (j < order.length && fitted[order[j]] == fitted[order[i]]) {
                int k = order[j++];
                if (y[k] == 1) {
                    tiePositive += w[k];
                } else {
                    tieNegative += w[k];
                }
            }
            concordant += tiePositive * (negativesBelow + 0.5 * tieNegative);
            negativesBelow += tieNegative;
            positives += tiePositive;
            i = j;
        }
        return concordant / (positives * negativesBelow);
    }

    private ModelDiagnostics withDeciles(int[] order, double[] fitted, double[] y, double[] w) {
        double total = 0;
        for (double v : w) {
            total += v;
        }
        double[] predicted = new double[10], observed = new double[10], weight = new double[10];
        double cumulative = 0;
        for (int k : order) {
            int decile = Math.min(9, (int) (10 * (cumulative + w[k] / 2) / total));
            cumulative += w[k];
            predicted[decile] += w[k] * fitted[k];
            observed[decile] += w[k] * y[k];
            weight[decile] += w[k];
        }
        for (int d = 0; d < 10; d++) {
            predicted[d] = weight[d] > 0 ? predicted[d] / weight[d] : Double.NaN;
            observed[d] = weight[d] > 0 ? observed[d] / weight[d] : Double.NaN;
        }
        return new ModelDiagnostics(auc, predicted, observed, weight);
    }
}
