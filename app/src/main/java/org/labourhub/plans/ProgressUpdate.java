package org.labourhub.plans;

import org.labourhub.platform.i18n.MultilingualText;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * What the responsible organisation reports about an activity "as of" a date. Submitted, it waits for the
 * secretariat, who returns it with comments or approves it; an approved update is published and locks its cycle
 * for the activity until the secretariat reopens it (see {@link CycleReport}). The sources also report on an element
 * as a whole (an issue's state of work); the status may be unstated.
 *
 * @param reopening null unless the secretariat reopened the cycle after approving this update
 */
public record ProgressUpdate(Long id, Long activityId, Long elementId, Long cycleId, LocalDate asOf, MultilingualText text,
                      ActivityStatus status, UpdateState state, String submittedBy, String reviewedBy,
                      OffsetDateTime reviewedAt, String reviewComment, Reopening reopening, int version) {

    static final int MAX_COMMENT = 2000;

    /** The secretariat reopened the cycle this approved update had locked, so that the activity may report again. */
    public record Reopening(String by, OffsetDateTime at, String reason) {
        public Reopening {
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(at, "at");
            if (!isReason(reason)) {
                throw new IllegalArgumentException("A reopening needs a reason of 1 to " + MAX_COMMENT + " characters");
            }
            reason = reason.strip();
        }

        public static boolean isReason(String reason) {
            return reason != null && !reason.isBlank() && reason.strip().length() <= MAX_COMMENT;
        }
    }

    public ProgressUpdate {
        Objects.requireNonNull(asOf, "as of");
        Objects.requireNonNull(text, "text");
        if ((activityId == null) == (elementId == null)) {
            throw new IllegalArgumentException("An update reports on one activity or one element");
        }
        Objects.requireNonNull(state, "state");
        if (reopening != null && state != UpdateState.APPROVED) {
            throw new IllegalArgumentException("Only an approved update is reopened");
        }
    }

    public static ProgressUpdate submitted(long activityId, Long cycleId, LocalDate asOf, MultilingualText text,
                                    ActivityStatus status, String by) {
        return new ProgressUpdate(null, activityId, null, cycleId, asOf, text, status, UpdateState.SUBMITTED, by, null,
                null, null, null, 0);
    }

    /** An approval: the update and its activity before and after it. */
    record Approval(ProgressUpdate before, ProgressUpdate after, Activity activityBefore, Activity activityAfter) {

        /** Whether the activity took a status the update reported (an update may report none). */
        boolean changesActivity() {
            return activityAfter != activityBefore;
        }
    }

    /**
     * Approves and publishes the update, and gives its activity the status reported. Within a cycle the activity's
     * report there approves it, which refuses while another approved update locks the cycle ({@link CycleReport.Refused}).
     *
     * @param report the activity's report in the update's cycle, or null for an update outside any cycle
     */
    Approval approve(String reviewer, Activity activity, CycleReport report) {
        if (!Objects.equals(activityId, activity.id())) {
            throw new IllegalArgumentException("Update " + id + " is not on activity " + activity.id());
        }
        ProgressUpdate approved = report == null ? approvedBy(reviewer) : report.approve(this, reviewer);
        return new Approval(this, approved, activity, status == null ? activity : activity.withStatus(status));
    }

    /** Approved and published (the time is the database's); within a cycle, the cycle is then locked for the activity. */
    ProgressUpdate approvedBy(String reviewer) {
        requireAwaitingReview();
        return new ProgressUpdate(id, activityId, elementId, cycleId, asOf, text, status, UpdateState.APPROVED, submittedBy,
                reviewer, null, reviewComment, null, version);
    }

    ProgressUpdate returnedBy(String reviewer, String comment) {
        requireAwaitingReview();
        if (comment == null || comment.isBlank() || comment.length() > MAX_COMMENT) {
            throw new IllegalArgumentException("A returned update needs a comment of 1 to " + MAX_COMMENT + " characters");
        }
        return new ProgressUpdate(id, activityId, elementId, cycleId, asOf, text, status, UpdateState.RETURNED, submittedBy,
                reviewer, reviewedAt, comment.strip(), null, version);
    }

    /** An approved update of a cycle, not reopened: no other update of the activity goes through in that cycle. */
    boolean locksItsCycle() {
        return cycleId != null && state == UpdateState.APPROVED && reopening == null;
    }

    /** The secretariat lifts the lock; the update stays approved and published. */
    ProgressUpdate reopenedBy(String by, OffsetDateTime at, String reason) {
        if (!locksItsCycle()) {
            throw new IllegalStateException("Update " + id + " locks no cycle");
        }
        return new ProgressUpdate(id, activityId, elementId, cycleId, asOf, text, status, state, submittedBy, reviewedBy,
                reviewedAt, reviewComment, new Reopening(by, at, reason), version);
    }

    private void requireAwaitingReview() {
        if (state != UpdateState.SUBMITTED) {
            throw new IllegalStateException("Update " + id + " is " + state + ", not awaiting review");
        }
    }
}
