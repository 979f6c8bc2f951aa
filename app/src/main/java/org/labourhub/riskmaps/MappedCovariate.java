package org.labourhub.riskmaps;

/**
 * A covariate of the model: the variable that holds it (the same name in the survey and the census), whether it is
 * categorical and its reference level, the fiche line it feeds (or null) and its name in the four languages.
 */
public record MappedCovariate(String variable, boolean categorical, String reference, ProfileTag tag, Labels labels) {

    public MappedCovariate {
        if (variable == null || variable.isBlank()) {
            throw new IllegalArgumentException("A covariate needs a variable");
        }
        labels = labels == null ? Labels.of(variable) : labels;
    }
}
