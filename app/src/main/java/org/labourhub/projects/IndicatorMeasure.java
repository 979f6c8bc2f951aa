package org.labourhub.projects;

import java.util.Arrays;
import java.util.Optional;

/** IATI IndicatorMeasure codelist. */
public enum IndicatorMeasure {
    UNIT("1"), PERCENTAGE("2"), NOMINAL("3"), ORDINAL("4"), QUALITATIVE("5");

    private final String code;

    IndicatorMeasure(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<IndicatorMeasure> ofCode(String code) {
        return Arrays.stream(values()).filter(m -> m.code.equals(code)).findFirst();
    }
}
