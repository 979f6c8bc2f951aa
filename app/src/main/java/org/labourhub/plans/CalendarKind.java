package org.labourhub.plans;

/**
 * How a calendar is given: between two dates, by a date ("by September 2000"), continuously, every year, at a
 * recurring time ("first half of each year"), to be decided, or only in the words of the source (TEXT).
 */
public enum CalendarKind {
    DATES, BY_DATE, CONTINUOUS, ANNUAL, PERIODIC, TO_BE_DECIDED, TEXT
}
