package org.labourhub.projects;

import java.util.Arrays;
import java.util.Optional;

/** The IATI TransactionType codes LabourHub keeps. */
public enum TransactionType {
    INCOMING_FUNDS("1"), COMMITMENT("2"), DISBURSEMENT("3"), EXPENDITURE("4");

    private final String code;

    TransactionType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<TransactionType> ofCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }
}
