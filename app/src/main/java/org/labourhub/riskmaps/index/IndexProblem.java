package org.labourhub.riskmaps.index;

import java.util.List;

/**
 * Why an index cannot be computed from the form: a message key of the module with its arguments, and the form's
 * field it concerns (null for the table as a whole).
 */
final class IndexProblem extends RuntimeException {

    private final String field;
    private final String key;
    private final Object[] args;

    IndexProblem(String field, String key, Object... args) {
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

    List<Object> arguments() {
        return List.of(args);
    }
}
