package org.labourhub.projects;

import java.util.Arrays;
import java.util.Optional;

/** IATI ResultType codelist. */
public enum ResultType {
    OUTPUT("1"), OUTCOME("2"), IMPACT("3"), OTHER("9");

    private final String code;

    ResultType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<ResultType> ofCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }
}
