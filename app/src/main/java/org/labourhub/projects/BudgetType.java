package org.labourhub.projects;

import java.util.Arrays;
import java.util.Optional;

/** IATI BudgetType codelist. */
public enum BudgetType {
    ORIGINAL("1"), REVISED("2");

    private final String code;

    BudgetType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<BudgetType> ofCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }
}
