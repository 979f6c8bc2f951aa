package org.labourhub.projects;

import java.util.Arrays;
import java.util.Optional;

/** The IATI TransactionType codes, all thirteen. */
public enum TransactionType {
    INCOMING_FUNDS("1"), COMMITMENT("2"), DISBURSEMENT("3"), EXPENDITURE("4"), INTEREST_PAYMENT("5"),
    LOAN_REPAYMENT("6"), REIMBURSEMENT("7"), PURCHASE_OF_EQUITY("8"), SALE_OF_EQUITY("9"), CREDIT_GUARANTEE("10"),
    INCOMING_COMMITMENT("11"), OUTGOING_PLEDGE("12"), INCOMING_PLEDGE("13");

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
