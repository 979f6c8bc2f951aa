package org.labourhub.plans;

import org.labourhub.platform.i18n.MultilingualText;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one activity reports in one reporting cycle: the updates received, newest first. An approved update locks the
 * cycle for the activity: no other update is submitted or approved in it until the secretariat reopens it, giving a
 * reason; the next update then goes through review again. Every submission, approval and reopening moves the
 * version on, and {@link CycleReports} writes one only if nobody moved it since it was read: of two racing, one wins.
 */
public final class CycleReport {

    /** Why a step was refused, with the message the reader gets. */
    public enum Refusal {
        CYCLE_CLOSED("plans.validation.cycleClosed"),
        LOCKED("plans.lock.locked"),
        NOT_LOCKED("plans.lock.notLocked");

        public final String message;

        Refusal(String message) {
            this.message = message;
        }
    }

    /** A step the cycle's state does not allow; nothing was changed. */
    public static final class Refused extends RuntimeException {
        public final Refusal reason;

        Refused(Refusal reason) {
            super(reason.name());
            this.reason = reason;
        }
    }

    private final ReportingCycle cycle;
    private final long activityId;
    private final int version;
    private final List<ProgressUpdate> updates;

    CycleReport(ReportingCycle cycle, long activityId, int version, List<ProgressUpdate> newestFirst) {
        this.cycle = Objects.requireNonNull(cycle, "cycle");
        this.activityId = activityId;
        this.version = version;
        this.updates = List.copyOf(newestFirst);
        if (updates.stream().anyMatch(u -> !cycle.id().equals(u.cycleId()) || !Objects.equals(u.activityId(), activityId))) {
            throw new IllegalArgumentException("An update of another cycle or activity");
        }
    }

    public ReportingCycle cycle() {
        return cycle;
    }

    long activityId() {
        return activityId;
    }

    int version() {
        return version;
    }

    /** The approved update that locks the cycle for the activity, if any. */
    public Optional<ProgressUpdate> lockedBy() {
        return updates.stream().filter(ProgressUpdate::locksItsCycle).findFirst();
    }

    public boolean isLocked() {
        return lockedBy().isPresent();
    }

    /** The latest approved update when the secretariat reopened the cycle after it and nothing was approved since. */
    public Optional<ProgressUpdate> reopened() {
        return updates.stream().filter(u -> u.state() == UpdateState.APPROVED).findFirst().filter(u -> u.reopening() != null);
    }

    /** Whether a reporter may send an update now: the cycle is open and no approved update locks it. */
    public boolean acceptsUpdates() {
        return cycle.open() && !isLocked();
    }

    public ProgressUpdate submit(LocalDate asOf, MultilingualText text, ActivityStatus status, String by) {
        if (!cycle.open()) {
            throw new Refused(Refusal.CYCLE_CLOSED);
        }
        if (isLocked()) {
            throw new Refused(Refusal.LOCKED);
        }
        return ProgressUpdate.submitted(activityId, cycle.id(), asOf, text, status, by);
    }

    /** Approves an update of this report awaiting review; refused while another approved update locks the cycle. */
    ProgressUpdate approve(ProgressUpdate update, String reviewer) {
        if (!cycle.id().equals(update.cycleId()) || !Objects.equals(update.activityId(), activityId)) {
            throw new IllegalArgumentException("Update " + update.id() + " is not of this cycle and activity");
        }
        if (isLocked()) {
            throw new Refused(Refusal.LOCKED);
        }
        return update.approvedBy(reviewer);
    }

    /** Lifts the lock so that the activity reports again in this open cycle; the approved update stays published. */
    public ProgressUpdate reopen(String by, OffsetDateTime at, String reason) {
        if (!cycle.open()) {
            throw new Refused(Refusal.CYCLE_CLOSED);
        }
        return lockedBy().orElseThrow(() -> new Refused(Refusal.NOT_LOCKED)).reopenedBy(by, at, reason);
    }
}
