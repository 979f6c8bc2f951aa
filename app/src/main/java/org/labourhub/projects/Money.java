package org.labourhub.projects;

import org.labourhub.platform.web.NumberInput;
import org.labourhub.projects.iati.IatiCodes;

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

    /** The largest amount an amount column ({@code numeric(18, 2)}) holds, either sign. */
    public static final BigDecimal LARGEST = NumberInput.MONEY.max();

    /** Whether the amount, rounded to cents as the column rounds it, fits the column. */
    public static boolean isStorable(BigDecimal amount) {
        return amount.abs().setScale(2, java.math.RoundingMode.HALF_UP).compareTo(LARGEST) <= 0;
    }

    /** Whether the code is in IATI's Currency codelist (ISO 4217 as IATI publishes it, withdrawn codes included). */
    public static boolean isCurrency(String code) {
        return IatiCodes.isCode("Currency", code);
    }
}
