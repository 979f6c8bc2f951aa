package org.labourhub.plans.reporting;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The secretariat opens a cycle: the "status as of" date, the date updates are due, and who must report. */
class CycleForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate asOf;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate due;
    private List<Long> activityIds = new ArrayList<>();

    void validate(Errors errors) {
        if (asOf == null) {
            errors.rejectValue("asOf", "validation.required");
        }
        if (due == null) {
            errors.rejectValue("due", "validation.required");
        } else if (asOf != null && due.isBefore(asOf)) {
            errors.rejectValue("due", "plans.validation.endBeforeStart", new Object[]{asOf}, null);
        }
        if (activityIds.isEmpty()) {
            errors.rejectValue("activityIds", "plans.validation.noReporters");
        }
    }

    public LocalDate getAsOf() { return asOf; }
    public void setAsOf(LocalDate asOf) { this.asOf = asOf; }
    public LocalDate getDue() { return due; }
    public void setDue(LocalDate due) { this.due = due; }
    public List<Long> getActivityIds() { return activityIds; }
    public void setActivityIds(List<Long> activityIds) { this.activityIds = activityIds == null ? new ArrayList<>() : activityIds; }
}
