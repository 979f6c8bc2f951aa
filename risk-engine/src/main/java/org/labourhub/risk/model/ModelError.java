package org.labourhub.risk.model;

/** The model cannot be fitted on these data: separation, non-convergence, collinearity. Said for people. */
public final class ModelError extends RuntimeException {
    public ModelError(String message) {
        super(message);
    }
}
