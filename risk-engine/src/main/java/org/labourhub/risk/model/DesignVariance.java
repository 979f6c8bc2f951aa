package org.labourhub.risk.model;

import org.labourhub.risk.config.LonelyPsu;
import org.labourhub.risk.parallel.OrderedParallel;
import org.labourhub.risk.survey.SurveyDesign;

/**
 * Design-based covariance of estimating-function totals by linearisation, as R's survey::svyrecvar computes it
 * for a one-stage stratified cluster design sampled with replacement: PSU totals of the scores, centred within
 * their stratum, crossed, times nₕ/(nₕ−1), summed over strata. Strata with one PSU follow {@link LonelyPsu}.
 */
public final class DesignVariance {

    /** Row ranges summed separately, then in order: as many as could run in parallel, same result on any machine. */
    private static final int PARTS = 4;

    private final SurveyDesign design;
    private final LonelyPsu lonelyPsu;
    private final int[] stratumOf;
    private final int[] psusIn;

    public DesignVariance(SurveyDesign design, LonelyPsu lonelyPsu) {
        this.design = design;
        this.lonelyPsu = lonelyPsu;
        this.stratumOf = design.stratumOfPsu();
        this.psusIn = design.psusPerStratum(stratumOf);
    }

    /**
     * Covariance of Σᵢ uᵢ, where {@code u} holds k values per child, row-major.
     *
     * @throws ModelError when a stratum has one PSU and the option is FAIL
     */
    public double[][] ofTotals(double[] u, int k) {
        double[][] psuTotal = new double[design.psus()][k];
        int[] psu = design.psu();
        for (int i = 0; i < psu.length; i++) {
            double[] total = psuTotal[psu[i]];
            for (int j = 0; j < k; j++) {
                total[j] += u[i * k + j];
            }
        }
        return acrossStrata(psuTotal, k);
    }

    /** Covariance of the sum of PSU totals given directly ({@code totals[psu]}, k values each). */
    public double[][] ofPsuTotals(double[][] totals) {
        return acrossStrata(totals, totals.length == 0 ? 0 : totals[0].length);
    }

    private double[][] acrossStrata(double[][] psuTotal, int k) {
        int[] count = psusIn;
        double[][] mean = new double[design.strata()][k];
        for (int c = 0; c < psuTotal.length; c++) {
            for (int j = 0; j < k; j++) {
                mean[stratumOf[c]][j] += psuTotal[c][j] / count[stratumOf[c]];
            }
        }
        double[][] v = new double[k][k];
        int lonely = 0;
        for (int c = 0; c < psuTotal.length; c++) {
            int h = stratumOf[c];
            double scale;
            double[] centre;
            if (count[h] > 1) {
                scale = count[h] / (count[h] - 1.0);
                centre = mean[h];
            } else {
                lonely++;
                if (lonelyPsu == LonelyPsu.FAIL) {
                    throw new ModelError("stratum '" + design.strataNames().get(h) + "' of the survey has only one PSU, so its "
                            + "variance cannot be estimated. Set variance.lonely.psu to remove, certainty, adjust or "
                            + "average, or merge the stratum with a neighbour.");
                }
                if (lonelyPsu != LonelyPsu.ADJUST) {
                    continue;
                }
                scale = 1;
                centre = new double[k];
            }
            addCrossProduct(v, psuTotal[c], centre, scale);
        }
        if (lonelyPsu == LonelyPsu.AVERAGE && lonely > 0) {
            scale(v, design.strata() / (double) (design.strata() - lonely));
        }
        return v;
    }

    private static void addCrossProduct(double[][] v, double[] total, double[] centre, double scale) {
        int k = total.length;
        for (int a = 0; a < k; a++) {
            double da = total[a] - centre[a];
            for (int b = 0; b < k; b++) {
                v[a][b] += scale * da * (total[b] - centre[b]);
            }
        }
    }

    private static void scale(double[][] v, double factor) {
        for (double[] row : v) {
            for (int b = 0; b < row.length; b++) {
                row[b] *= factor;
            }
        }
    }

    /**
     * The sandwich A⁻¹MA⁻¹ of a weighted logit, M the design covariance of the scores wᵢ(yᵢ−pᵢ)xᵢ. svyglm takes
     * each child's score through A⁻¹ first; as that map is linear, taking M through it once gives the same.
     */
    public double[][] ofLogit(DesignMatrix x, double[] y, double[] w, LogitFit fit, int threads) {
        int p = fit.beta().length;
        double[][] ainv = fit.inverseInformation();
        double[][] scoreTotal = new double[design.psus()][p];
        int[] psu = design.psu();
        int[] pattern = x.pattern();
        int[] valueColumn = x.valueColumn();
        double[] values = x.values();
        int m = valueColumn.length;
        int n = y.length;
        int parts = Math.min(PARTS, Math.max(1, n / 10_000));
        new OrderedParallel<double[][]>(threads).run(parts, part -> {
            double[][] partial = new double[design.psus()][];
            for (int i = (int) ((long) n * part / parts); i < (int) ((long) n * (part + 1) / parts); i++) {
                double r = w[i] * (y[i] - fit.fitted()[i]);
                double[] total = partial[psu[i]];
                if (total == null) {
                    total = partial[psu[i]] = new double[p];
                }
                for (int j : x.patternColumns(pattern[i])) {
                    total[j] += r;
                }
                for (int k = 0; k < m; k++) {
                    total[valueColumn[k]] += values[i * m + k] * r;
                }
            }
            return partial;
        }, partial -> {
            for (int c = 0; c < partial.length; c++) {
                if (partial[c] != null) {
                    for (int j = 0; j < p; j++) {
                        scoreTotal[c][j] += partial[c][j];
                    }
                }
            }
        });
        return sandwich(ainv, acrossStrata(scoreTotal, p));
    }

    private static double[][] sandwich(double[][] outer, double[][] middle) {
        int p = outer.length;
        double[][] left = new double[p][p];
        double[][] result = new double[p][p];
        for (int a = 0; a < p; a++) {
            for (int b = 0; b < p; b++) {
                for (int k = 0; k < p; k++) {
                    left[a][b] += outer[a][k] * middle[k][b];
                }
            }
        }
        for (int a = 0; a < p; a++) {
            for (int b = 0; b < p; b++) {
                for (int k = 0; k < p; k++) {
                    result[a][b] += left[a][k] * outer[k][b];
                }
            }
        }
        return result;
    }
}
