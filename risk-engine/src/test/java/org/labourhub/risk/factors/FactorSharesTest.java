package org.labourhub.risk.factors;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.labourhub.risk.config.Benchmarking;
import org.labourhub.risk.config.Covariate;
import org.labourhub.risk.model.LogitFit;
import org.labourhub.risk.model.ModelTerms;
import org.labourhub.risk.model.SurveyModel;
import org.labourhub.risk.transfer.TerritoryRates;
import org.labourhub.risk.transfer.TerritoryTotals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The decomposition on populations built so that the answer is known. */
class FactorSharesTest {

    /** Children as {age, rural} per territory; census totals and expected numbers computed from them exactly. */
    private static TerritoryRates census(double[] beta, double[][][] children) {
        int count = children.length;
        double[][] n = new double[count][6], expected = new double[count][6], means = new double[count][3];
        double[][] sample = new double[count][0];
        var codes = new ArrayList<String>();
        for (int t = 0; t < count; t++) {
            codes.add("T" + t);
            for (double[] child : children[t]) {
                n[t][0]++;
                expected[t][0] += 1 / (1 + Math.exp(-(beta[0] + beta[1] * child[0] + beta[2] * child[1])));
                means[t][0] += 1;
                means[t][1] += child[0];
                means[t][2] += child[1];
            }
            for (int j = 0; j < 3; j++) {
                means[t][j] /= n[t][0];
            }
        }
        var totals = new TerritoryTotals(codes, java.util.Collections.nCopies(count, null), n, expected, means, sample,
                0, 0);
        return TerritoryRates.of(totals, Benchmarking.NONE, List.of());
    }

    private static SurveyModel model(double[] beta) {
        var terms = new ModelTerms(List.of(new ModelTerms.Term(Covariate.numeric("age"), 1, List.of(), 0, false),
                new ModelTerms.Term(Covariate.numeric("rural"), 2, List.of(), 0, true)));
        double[][] v = new double[3][3];
        return new SurveyModel(terms, beta, v, new LogitFit(beta, v, new double[0], 1, 0));
    }

    private static double[][] repeat(int times, double age, double rural) {
        double[][] children = new double[times][];
        java.util.Arrays.fill(children, new double[] {age, rural});
        return children;
    }

    private static double[][] join(double[][]... groups) {
        return java.util.Arrays.stream(groups).flatMap(java.util.Arrays::stream).toArray(double[][]::new);
    }

    @Test
    void youngerChildrenMakeAgeProtectiveAndPartsAddUpToTheDifference() {
        double[] beta = {-4, 0.2, 0.8};
        double[][][] children = {
                join(repeat(30, 7, 1), repeat(10, 8, 0)),        // younger and more rural than the nation
                join(repeat(20, 15, 0), repeat(20, 12, 0)),      // older, urban
                join(repeat(25, 11, 1), repeat(25, 10, 0)),      // near the national profile
        };
        TerritoryRates rates = census(beta, children);
        List<TerritoryFactors> factors = FactorShares.of(rates, model(beta));
        double children0 = 40 + 40 + 50;
        double nationalAge = (30 * 7 + 10 * 8 + 20 * 15 + 20 * 12 + 25 * 11 + 25 * 10) / children0;
        double nationalRural = (30 + 25) / children0;
        double nationalRate = (rates.expected(0) + rates.expected(1) + rates.expected(2)) / children0;
        for (int t = 0; t < 3; t++) {
            TerritoryFactors f = factors.get(t);
            assertEquals(nationalRate, f.nationalRate(), 1e-15);
            assertEquals(rates.rate(t) - nationalRate, f.difference(), 1e-15);
            double[] means = rates.totals().covariateMeans()[t];
            assertEquals(beta[1] * (means[1] - nationalAge), f.shares().get(0).logOdds(), 1e-12, "age, territory " + t);
            assertEquals(beta[2] * (means[2] - nationalRural), f.shares().get(1).logOdds(), 1e-12, "rural, territory " + t);
            double sum = 0, absolute = 0;
            for (FactorShare share : f.shares()) {
                assertTrue(share.part() * share.logOdds() >= 0, "a part has the sign of its covariate's gap");
                sum += share.part();
                absolute += Math.abs(share.part());
            }
            assertEquals(f.difference(), sum + f.residual(), 1e-12);
            for (FactorShare share : f.shares()) {
                assertEquals(share.part() / absolute, share.share(), 1e-15);
            }
        }
        TerritoryFactors young = factors.get(0);
        assertEquals(TerritoryFactors.Mapping.PROPORTIONAL, young.mapping());
        assertEquals(0, young.residual());
        assertTrue(young.shares().get(0).part() < 0, "younger than average with β_age > 0: age is protective here");
        assertTrue(young.shares().get(1).part() > 0, "more rural than average with β_rural > 0: a risk factor here");
        assertEquals(young.difference(), young.shares().get(0).part() + young.shares().get(1).part(), 1e-12);
        TerritoryFactors old = factors.get(1);
        assertTrue(old.shares().get(0).part() > 0 && old.shares().get(1).part() < 0, "older and urban: the reverse");
    }

    @Test
    void contributionsThatCancelFallBackToTheFirstOrderMappingAndReportTheResidual() {
        double[] beta = {-3, 0.2, 1.5};
        double[][][] children = {repeat(4, 12, 0), join(repeat(3, 10, 0), repeat(1, 10, 1))};
        TerritoryRates rates = census(beta, children);
        TerritoryFactors f = FactorShares.of(rates, model(beta)).get(0);
        assertEquals(TerritoryFactors.Mapping.FIRST_ORDER, f.mapping(), "c = +0.2 and −0.1875 nearly cancel");
        double slope = f.nationalRate() * (1 - f.nationalRate());
        assertEquals(slope * 0.2, f.shares().get(0).part(), 1e-12);
        assertEquals(slope * -0.1875, f.shares().get(1).part(), 1e-12);
        assertEquals(f.difference() - f.shares().get(0).part() - f.shares().get(1).part(), f.residual(), 1e-15);
    }
}
