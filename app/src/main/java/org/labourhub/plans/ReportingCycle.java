package org.labourhub.plans;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A round of progress reporting the secretariat opens for a plan: the "status as of" date the reports will carry,
 * the date updates are due, and (stored alongside) the activities that must be reported on.
 */
public record ReportingCycle(Long id, long planId, LocalDate asOf, LocalDate due, boolean open, String openedBy, int version) {

    public ReportingCycle {
        Objects.requireNonNull(asOf, "as of");
        Objects.requireNonNull(due, "due");
        if (due.isBefore(asOf)) {
            throw new IllegalArgumentException("Updates cannot be due (" + due + ") before the date they report on (" + asOf + ")");
        }
    }

    public boolean isOverdue(LocalDate today) {
        return open && today.isAfter(due);
    }
}
