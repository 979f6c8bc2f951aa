package org.labourhub.risk.config;

import java.util.Map;
import java.util.OptionalDouble;

/**
 * A determinant of child labour read from a column of both sources. A categorical covariate becomes one
 * indicator column per category except its reference; a numeric one enters as it is. {@code numericReference} (the
 * survey's weighted mean when not set) only centres the transfer's look-up tables.
 *
 * @param labels      what readers call the covariate, by language (en, es, fr, pt); the name when not given
 * @param levelLabels what readers call each category (by category value, then language); the value when not given
 */
public record Covariate(String name, String column, boolean categorical, String reference,
                        OptionalDouble numericReference, Map<String, String> labels,
                        Map<String, Map<String, String>> levelLabels) {

    public Covariate {
        if (name == null || name.isBlank() || column == null || column.isBlank()) {
            throw new IllegalArgumentException("a covariate needs a name and a column");
        }
        if (categorical && (reference == null || reference.isBlank())) {
            throw new IllegalArgumentException("categorical covariate '" + name + "' needs a reference category");
        }
        labels = Map.copyOf(labels);
        levelLabels = Map.copyOf(levelLabels);
    }

    /** The covariate's name for a reader of {@code language}. */
    public String label(String language) {
        return labels.getOrDefault(language, name);
    }

    /** A category's name for a reader of {@code language}. */
    public String levelLabel(String level, String language) {
        return levelLabels.getOrDefault(level, Map.of()).getOrDefault(language, level);
    }

    public static Covariate numeric(String name) {
        return new Covariate(name, name, false, null, OptionalDouble.empty(), Map.of(), Map.of());
    }

    public static Covariate categorical(String name, String reference) {
        return new Covariate(name, name, true, reference, OptionalDouble.empty(), Map.of(), Map.of());
    }
}
