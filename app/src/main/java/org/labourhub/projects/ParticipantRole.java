package org.labourhub.projects;

import java.util.Arrays;
import java.util.Optional;

/** IATI OrganisationRole codelist. */
public enum ParticipantRole {
    FUNDING("1"), ACCOUNTABLE("2"), EXTENDING("3"), IMPLEMENTING("4");

    private final String code;

    ParticipantRole(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<ParticipantRole> ofCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }
}
