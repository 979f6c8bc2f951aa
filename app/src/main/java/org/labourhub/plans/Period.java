package org.labourhub.plans;

import java.time.LocalDate;
import java.util.Objects;

/** A span of days, both ends included; the end never comes before the start. */
public record Period(LocalDate start, LocalDate end) {

    public Period {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("The period ends (" + end + ") before it starts (" + start + ")");
        }
    }

    public boolean contains(Period other) {
        return !other.start.isBefore(start) && !other.end.isAfter(end);
    }

    @Override
    public String toString() {
        return start + " – " + end;
    }
}
