package org.labourhub.risk.transfer;

import java.util.List;

/**
 * The census summed by territory, territories in code order. {@code cells} are boys/girls × the three age
 * bands (index sex·3 + band, sex 1 for boys). {@code sample} holds up to the configured number of model rows per
 * territory (all of them in a smaller territory), row-major.
 */
public record TerritoryTotals(List<String> codes, List<String> regions, double[][] children, double[][] expected,
                              double[][] covariateMeans, double[][] sample,
                              long rowsRead, long skippedOutOfAge) {

    public TerritoryTotals {
        codes = List.copyOf(codes);
        if (codes.isEmpty()) {
            throw new IllegalArgumentException("the census has no child within the definition's ages");
        }
    }

    public int size() {
        return codes.size();
    }

    public double children(int territory) {
        return sum(children[territory]);
    }

    public double expected(int territory) {
        return sum(expected[territory]);
    }

    public double rate(int territory) {
        return expected(territory) / children(territory);
    }

    static double sum(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s;
    }
}
