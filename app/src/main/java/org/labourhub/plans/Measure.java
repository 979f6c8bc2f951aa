package org.labourhub.plans;

import org.labourhub.platform.web.NumberInput;

import java.math.BigDecimal;

/** How an indicator is measured; only a qualitative indicator takes free text as its value. */
public enum Measure {
    NUMBER, PERCENTAGE, YES_NO, QUALITATIVE;

    /** A count: a whole number, never negative, exact in a chart (15 digits). */
    static final NumberInput COUNT = new NumberInput(15, 0, BigDecimal.ZERO, new BigDecimal("999999999999999"));
    static final NumberInput PERCENT = new NumberInput(3, 2, BigDecimal.ZERO, BigDecimal.valueOf(100));

    /** The limits of a typed number (value, target or baseline): a percentage from 0 to 100, else a count. */
    public NumberInput limits() {
        return this == PERCENTAGE ? PERCENT : COUNT;
    }

    public boolean isNumeric() {
        return this == NUMBER || this == PERCENTAGE || this == YES_NO;
    }
}
