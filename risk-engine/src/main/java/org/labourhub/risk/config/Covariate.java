package org.labourhub.risk.config;

import java.util.OptionalDouble;

/**
 * A determinant of child labour read from a column of both sources. A categorical covariate becomes one
 * indicator column per category except its reference; a numeric one enters as it is. {@code numericReference} (the
 * survey's weighted mean when not set) only centres the transfer's look-up tables.
 */
public record Covariate(String name, String column, boolean categorical, String reference,
                        OptionalDouble numericReference) {

    public Covariate {
        if (name == null || name.isBlank() || column == null || column.isBlank()) {
            throw new IllegalArgumentException("a covariate needs a name and a column");
        }
        if (categorical && (reference == null || reference.isBlank())) {
            throw new IllegalArgumentException("categorical covariate '" + name + "' needs a reference category");
        }
    }

    public static Covariate numeric(String name) {
        return new Covariate(name, name, false, null, OptionalDouble.empty());
    }

    public static Covariate categorical(String name, String reference) {
        return new Covariate(name, name, true, reference, OptionalDouble.empty());
    }
}
