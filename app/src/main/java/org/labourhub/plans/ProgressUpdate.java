package org.labourhub.plans;

import org.labourhub.platform.i18n.MultilingualText;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the responsible organisation reports about an activity "as of" a date. Submitted, it waits for the
 * secretariat, who returns it with comments or approves it; an approved update is locked and published. The
 * sources also report on an element as a whole (an issue's state of work); the status may be unstated.
 */
record ProgressUpdate(Long id, Long activityId, Long elementId, Long cycleId, LocalDate asOf, MultilingualText text,
                      ActivityStatus status, UpdateState state, String submittedBy, String reviewedBy,
                      String reviewComment, int version) {

    static final int MAX_COMMENT = 2000;

    ProgressUpdate {
        Objects.requireNonNull(asOf, "as of");
        Objects.requireNonNull(text, "text");
        if ((activityId == null) == (elementId == null)) {
            throw new IllegalArgumentException("An update reports on one activity or one element");
        }
        Objects.requireNonNull(state, "state");
    }

    static ProgressUpdate submitted(long activityId, Long cycleId, LocalDate asOf, MultilingualText text,
                                    ActivityStatus status, String by) {
        return new ProgressUpdate(null, activityId, null, cycleId, asOf, text, status, UpdateState.SUBMITTED, by, null, null, 0);
    }

    ProgressUpdate approvedBy(String reviewer) {
        requireAwaitingReview();
        return new ProgressUpdate(id, activityId, elementId, cycleId, asOf, text, status, UpdateState.APPROVED, submittedBy,
                reviewer, reviewComment, version);
    }

    ProgressUpdate returnedBy(String reviewer, String comment) {
        requireAwaitingReview();
        if (comment == null || comment.isBlank() || comment.length() > MAX_COMMENT) {
            throw new IllegalArgumentException("A returned update needs a comment of 1 to " + MAX_COMMENT + " characters");
        }
        return new ProgressUpdate(id, activityId, elementId, cycleId, asOf, text, status, UpdateState.RETURNED, submittedBy,
                reviewer, comment.strip(), version);
    }

    private void requireAwaitingReview() {
        if (state != UpdateState.SUBMITTED) {
            throw new IllegalStateException("Update " + id + " is " + state + ", not awaiting review");
        }
    }
}
