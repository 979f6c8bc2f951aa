package org.labourhub.riskmaps.validation;

import org.labourhub.riskmaps.results.RunWords;

import java.util.ArrayList;
import java.util.List;

/** A validation's statistics in the reader's words: each with its value and a sentence saying what it means. */
final class ValidationWords {

    private ValidationWords() {
    }

    /** A statistic as the page lists it; {@code value} says "cannot be computed" when there is none. */
    record Statistic(String name, String value, String meaning) {
    }

    static List<Statistic> statistics(RunValidation.Result r, RunWords words) {
        var list = new ArrayList<Statistic>();
        list.add(new Statistic(words.message("riskmaps.validation.stat.territories"),
                words.count(r.territories()), words.message("riskmaps.validation.explain.territories")));
        list.add(correlation("pearson", r.pearson(), words));
        list.add(correlation("spearman", r.spearman(), words));
        list.add(correlation("kendall", r.kendall(), words));
        list.add(correlation("kappa", r.kappa(), words));
        list.add(share("precision", r.precisionHigh(), words));
        list.add(share("recall", r.recallHigh(), words));
        list.add(new Statistic(words.message("riskmaps.validation.stat.mae"),
                r.meanAbsoluteError() == null ? words.message("riskmaps.validation.none")
                        : words.message("riskmaps.validation.points", words.decimal(r.meanAbsoluteError() * 100, 2)),
                words.message("riskmaps.validation.explain.mae")));
        return list;
    }

    private static Statistic correlation(String name, Double value, RunWords words) {
        return new Statistic(words.message("riskmaps.validation.stat." + name),
                value == null ? words.message("riskmaps.validation.none") : words.decimal(value, 2),
                words.message("riskmaps.validation.explain." + name));
    }

    private static Statistic share(String name, Double value, RunWords words) {
        return new Statistic(words.message("riskmaps.validation.stat." + name),
                value == null ? words.message("riskmaps.validation.noneHigh") : words.rate(value),
                words.message("riskmaps.validation.explain." + name));
    }
}
