package org.labourhub.riskmaps.validation;

/** Why a run cannot be compared with a file: a message key with its arguments, and the form's field (or null). */
final class ValidationProblem extends RuntimeException {

    private final String field;
    private final String key;
    private final Object[] args;

    ValidationProblem(String field, String key, Object... args) {
        super(key, null, false, false);
        this.field = field;
        this.key = key;
        this.args = args;
    }

    String field() {
        return field;
    }

    String key() {
        return key;
    }

    Object[] args() {
        return args;
    }
}
