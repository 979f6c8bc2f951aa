package org.labourhub.risk.levels;

import java.util.Arrays;

/**
 * K risk levels cut by K−1 thresholds: a value above threshold j is at level j+1 or higher. Level 0 is the
 * lowest, level K−1 ("high") the highest.
 */
public record Levels(double[] thresholds) {

    public Levels {
        thresholds = thresholds.clone();
        for (int j = 1; j < thresholds.length; j++) {
            if (thresholds[j] < thresholds[j - 1]) {
                throw new IllegalArgumentException("thresholds must not decrease: " + Arrays.toString(thresholds));
            }
        }
    }

    public int count() {
        return thresholds.length + 1;
    }

    public int levelOf(double value) {
        int level = 0;
        while (level < thresholds.length && value > thresholds[level]) {
            level++;
        }
        return level;
    }

    public int high() {
        return thresholds.length;
    }

    public String name(int level) {
        return switch (count()) {
            case 2 -> level == 0 ? "low" : "high";
            case 3 -> new String[] {"low", "medium", "high"}[level];
            default -> "level " + (level + 1);
        };
    }
}
