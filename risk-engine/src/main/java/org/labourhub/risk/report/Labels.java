package org.labourhub.risk.report;

import java.util.ArrayList;
import java.util.List;
import org.labourhub.risk.config.LevelMethod;
import org.labourhub.risk.levels.Levels;
import org.labourhub.risk.model.ModelTerms;

/** What a reader calls the model's columns, the classification method and each level's range. */
final class Labels {

    private Labels() {
    }

    /** Model column j: the intercept in words, a covariate's label, or "label: category label". */
    static String column(ModelTerms terms, int j, Messages m) {
        if (j == 0) {
            return m.get("term.intercept");
        }
        for (ModelTerms.Term term : terms.terms()) {
            if (j >= term.firstColumn() && j < term.firstColumn() + term.width()) {
                String label = term.covariate().label(m.language());
                return term.categorical() ? label + ": " + term.covariate().levelLabel(
                        term.levels().get(j - term.firstColumn()), m.language()) : label;
            }
        }
        throw new IllegalArgumentException("no model column " + j);
    }

    static String method(LevelMethod method, Messages m) {
        return m.get("method." + key(method));
    }

    /** The configuration's spelling of a method: natural-breaks, equal-width, quantiles, kmeans. */
    static String key(LevelMethod method) {
        return method.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** Each level's name with its range of rates, lowest level first: "low (≤ 5,2 %)", "medium (5,2 %–8,1 %)". */
    static List<String> levelRanges(Levels levels, Messages m) {
        double[] t = levels.thresholds();
        var ranges = new ArrayList<String>();
        for (int level = 0; level < levels.count(); level++) {
            String range = level == 0 ? "≤ " + m.percent(t[0]) : level == t.length ? "> " + m.percent(t[t.length - 1])
                    : m.percent(t[level - 1]) + " – " + m.percent(t[level]);
            ranges.add(m.level(levels, level) + " (" + range + ")");
        }
        return ranges;
    }
}
