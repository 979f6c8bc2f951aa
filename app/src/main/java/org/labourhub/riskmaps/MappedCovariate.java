package org.labourhub.riskmaps;

import java.util.Map;

/**
 * A covariate of the model: the variable that holds it (the same name in the survey and the census), whether it is
 * categorical and its reference level, the fiche line it feeds (or null), its name in the four languages and, for a
 * categorical one, its levels' names (by the value in the data; a level without one shows its value label or value).
 */
public record MappedCovariate(String variable, boolean categorical, String reference, ProfileTag tag, Labels labels,
                              Map<String, Labels> levels) {

    public MappedCovariate {
        if (variable == null || variable.isBlank()) {
            throw new IllegalArgumentException("A covariate needs a variable");
        }
        labels = labels == null ? Labels.of(variable) : labels;
        levels = levels == null ? Map.of() : Map.copyOf(levels);
    }

    public MappedCovariate(String variable, boolean categorical, String reference, ProfileTag tag, Labels labels) {
        this(variable, categorical, reference, tag, labels, Map.of());
    }

    /** The name of one of its levels. */
    public Labels level(String value) {
        return levels.getOrDefault(value, Labels.of(value));
    }
}
