package org.labourhub.projects;

import org.labourhub.platform.web.NumberInput;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** An amount of money in an ISO 4217 currency, valued at a date (IATI's value-date); never a bare double. */
public record Money(BigDecimal amount, String currency, LocalDate valueDate) {

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(valueDate, "value date");
        if (!isCurrency(currency)) {
            throw new IllegalArgumentException("Not an ISO 4217 currency: " + currency);
        }
    }

    /** The largest amount LabourHub holds, either sign (amounts are kept with every decimal the source gives). */
    public static final BigDecimal LARGEST = NumberInput.MONEY.max();

    /** The most decimals an amount keeps. */
    public static final int MAX_DECIMALS = 10;

    /** Whether LabourHub holds the amount as it is: not larger than {@link #LARGEST}, at most {@link #MAX_DECIMALS} decimals. */
    public static boolean isStorable(BigDecimal amount) {
        return amount.abs().compareTo(LARGEST) <= 0 && amount.stripTrailingZeros().scale() <= MAX_DECIMALS;
    }

    /** Whether the code is in IATI's Currency codelist (ISO 4217 as IATI publishes it, withdrawn codes included). */
    public static boolean isCurrency(String code) {
        return IatiCodes.isCode("Currency", code);
    }
}
