package org.labourhub.plans;

/** How an indicator is measured; only a qualitative indicator takes free text as its value. */
enum Measure {
    NUMBER, PERCENTAGE, YES_NO, QUALITATIVE;

    public boolean isNumeric() {
        return this == NUMBER || this == PERCENTAGE || this == YES_NO;
    }
}
