package org.labourhub.riskmaps.index;

import org.labourhub.riskmaps.results.RunWords;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An index's figures in the reader's words: scores and normalised values with the decimals their scale needs (one
 * on the 0–100 scale, two for z-scores), weights as percentages, levels by name, the legend's score ranges.
 */
final class IndexTable {

    private final IndexResult index;
    private final RunWords words;
    private final int digits;

    IndexTable(IndexResult index, RunWords words) {
        this.index = index;
        this.words = words;
        this.digits = index.settings().normalisation().equals("Z_SCORE") ? 2 : 1;
    }

    /** A territory's line: its name (the code when the boundaries do not name it), score, level, indicators. */
    record Line(String code, String name, double score, String scoreText, int level, String levelName,
                List<String> normalised) {
    }

    /** An indicator as the weights table shows it. */
    record Weight(String name, String orientation, String expertWeight, String weight) {
    }

    List<Line> lines(List<IndexResult.Territory> territories, Map<String, String> names) {
        var lines = new ArrayList<Line>(territories.size());
        for (IndexResult.Territory t : territories) {
            lines.add(new Line(t.code(), names.getOrDefault(t.code(), t.code()), t.score(), score(t.score()),
                    t.level(), level(t.level()), t.normalised().stream().map(this::score).toList()));
        }
        return lines;
    }

    List<Weight> weights() {
        boolean expert = index.settings().weighting().equals("EXPERT");
        return index.settings().indicators().stream()
                .map(i -> new Weight(i.labels().in(words.locale()),
                        words.message(i.higherIsRiskier() ? "riskmaps.index.orientation.higher"
                                : "riskmaps.index.orientation.lower"),
                        expert ? words.formats().number(i.expertWeight()) : "",
                        words.formats().percent(i.weight() * 100)))
                .toList();
    }

    List<String> indicatorNames() {
        return index.settings().indicators().stream().map(i -> i.labels().in(words.locale())).toList();
    }

    String score(double value) {
        return words.decimal(value, digits);
    }

    String level(int level) {
        return words.level(level, index.settings().levels());
    }

    /** Each level with the scores it covers, lowest first. */
    List<String> legend() {
        List<Double> bounds = index.settings().thresholds();
        int count = index.settings().levels();
        var lines = new ArrayList<String>();
        for (int level = 1; level <= count; level++) {
            String range;
            if (level == 1) {
                range = words.message("riskmaps.index.legend.upTo", score(bounds.get(0)));
            } else if (level == count) {
                range = words.message("riskmaps.index.legend.above", score(bounds.get(count - 2)));
            } else {
                range = words.message("riskmaps.index.legend.between", score(bounds.get(level - 2)),
                        score(bounds.get(level - 1)));
            }
            lines.add(words.message("riskmaps.index.legend.line", level(level), range));
        }
        return lines;
    }

    /** The level names joined for the map's script. */
    String levelNames() {
        var names = new ArrayList<String>();
        for (int level = 1; level <= index.settings().levels(); level++) {
            names.add(level(level));
        }
        return String.join("|", names);
    }
}
