package org.labourhub.projects;

import java.util.Arrays;
import java.util.Optional;

/** IATI ActivityStatus codelist. */
public enum ActivityStatus {
    PIPELINE("1"), IMPLEMENTATION("2"), FINALISATION("3"), CLOSED("4"), CANCELLED("5"), SUSPENDED("6");

    private final String code;

    ActivityStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<ActivityStatus> ofCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }

    /** Whether money is still expected to move. */
    public boolean isOngoing() {
        return this == IMPLEMENTATION || this == FINALISATION;
    }
}
