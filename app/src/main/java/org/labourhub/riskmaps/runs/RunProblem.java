package org.labourhub.riskmaps.runs;

import java.util.List;

/**
 * Why a run cannot start, as a message key of the module and its arguments, and the form field it concerns (or
 * null): shown on the form in the reader's language, with nothing saved.
 */
public final class RunProblem extends RuntimeException {

    private final String field;
    private final String key;
    private final List<String> args;

    RunProblem(String field, String key, String... args) {
        super(key + " " + String.join(", ", args));
        this.field = field;
        this.key = key;
        this.args = List.of(args);
    }

    public String field() {
        return field;
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.toArray();
    }
}
