package org.labourhub.risk.model;

/**
 * One IRLS pass's sums per pattern of 0/1 columns: Σ IRLS weight, Σ weighted residual, and for the value
 * columns v: Σ weight·v, Σ residual·v and Σ weight·v·v′. XᵀWX and the score follow from them, as every child of a
 * pattern has 1 in the same columns.
 */
final class PatternSums {

    final int values;
    final int stride;
    final double[] sums;
    double deviance;

    PatternSums(int values, int patterns) {
        this.values = values;
        this.stride = 2 + 2 * values + values * (values + 1) / 2;
        this.sums = new double[patterns * stride];
    }

    void add(PatternSums other) {
        for (int a = 0; a < sums.length; a++) {
            sums[a] += other.sums[a];
        }
        deviance += other.deviance;
    }

    /** The information matrix and score over the model's {@code p} columns. */
    WeightedLogit.Step spread(DesignMatrix x, int p) {
        double[][] information = new double[p][p];
        double[] score = new double[p];
        int m = values;
        int[] valueColumn = x.valueColumn();
        for (int g = 0; g < x.patterns(); g++) {
            int a = g * stride;
            int[] ones = x.patternColumns(g);
            for (int ja = 0; ja < ones.length; ja++) {
                score[ones[ja]] += sums[a + 1];
                for (int jb = 0; jb <= ja; jb++) {
                    addSymmetric(information, ones[ja], ones[jb], sums[a]);
                }
            }
            for (int k = 0; k < m; k++) {
                int column = valueColumn[k];
                score[column] += sums[a + 2 + m + k];
                for (int one : ones) {
                    addSymmetric(information, column, one, sums[a + 2 + k]);
                }
                int products = a + 2 + 2 * m + k * (k + 1) / 2;
                for (int l = 0; l <= k; l++) {
                    addSymmetric(information, column, valueColumn[l], sums[products + l]);
                }
            }
        }
        for (int j = 0; j < p; j++) {
            for (int k = 0; k < j; k++) {
                information[k][j] = information[j][k];
            }
        }
        return new WeightedLogit.Step(information, score, deviance);
    }

    /** Adds to the lower triangle, whichever order the two columns come in. */
    private static void addSymmetric(double[][] information, int a, int b, double value) {
        if (a >= b) {
            information[a][b] += value;
        } else {
            information[b][a] += value;
        }
    }
}
