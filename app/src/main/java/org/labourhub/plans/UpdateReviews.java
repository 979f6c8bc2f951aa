package org.labourhub.plans;

import org.labourhub.accounts.Actor;
import org.labourhub.accounts.AuditTrail;
import org.labourhub.platform.web.ConcurrentEdit;
import org.labourhub.platform.web.RecordNotFound;
import org.springframework.stereotype.Component;

/**
 * The secretariat's review of a submitted update, written with its consequences in the caller's transaction:
 * approving publishes the update (within a cycle through the activity's report there, which refuses a second
 * approval; see {@link ProgressUpdate#approve}), gives the activity the reported status and records both in the
 * audit trail; returning sends the update back with a comment.
 */
@Component
public class UpdateReviews {

    /** How a review ended. */
    public enum Outcome { APPROVED, RETURNED, ALREADY_REVIEWED, OWN_UPDATE, LOCKED, RACED, COMMENT_NEEDED }

    /** How the review of an update ended; the update as it now stands. */
    public record Review(ProgressUpdate update, Outcome outcome) {
    }

    private final ProgressUpdates updates;
    private final CycleReports reports;
    private final Activities activities;
    private final PlansPolicy policy;
    private final AuditTrail audit;

    UpdateReviews(ProgressUpdates updates, CycleReports reports, Activities activities, PlansPolicy policy,
                  AuditTrail audit) {
        this.updates = updates;
        this.reports = reports;
        this.activities = activities;
        this.policy = policy;
        this.audit = audit;
    }

    /** Approves an update of the plan unless it was reviewed already or, under four eyes, is the reviewer's own. */
    public Review approve(long planId, long updateId, Actor reviewer) {
        ProgressUpdate update = update(planId, updateId);
        if (update.state() != UpdateState.SUBMITTED) {
            return new Review(update, Outcome.ALREADY_REVIEWED);
        }
        if (!policy.canApprove(reviewer, update)) {
            return new Review(update, Outcome.OWN_UPDATE);
        }
        ProgressUpdate.Approval approval;
        try {
            CycleReport report = update.cycleId() == null ? null
                    : reports.of(update.cycleId(), update.activityId()).orElse(null);
            approval = update.approve(reviewer.username(), activities.byId(update.activityId()).orElseThrow(), report);
            if (report == null) {
                updates.review(approval.after());
            } else {
                reports.approved(report, approval.after());
            }
        } catch (CycleReport.Refused e) {
            return new Review(update, Outcome.LOCKED);
        } catch (ConcurrentEdit e) {
            return new Review(update, Outcome.RACED);
        }
        audit.updated(PlansAudit.UPDATE, updateId, AuditSummaries.of(approval.before()), AuditSummaries.of(approval.after()));
        if (approval.changesActivity()) {
            activities.update(approval.activityAfter());
            audit.updated(PlansAudit.ACTIVITY, approval.activityBefore().id(), AuditSummaries.of(approval.activityBefore()),
                    AuditSummaries.of(approval.activityAfter()));
        }
        return new Review(approval.after(), Outcome.APPROVED);
    }

    /** Sends an update of the plan back to its reporters with the reviewer's comment. */
    public Review returnWithComment(long planId, long updateId, Actor reviewer, String comment) {
        ProgressUpdate before = update(planId, updateId);
        if (before.state() != UpdateState.SUBMITTED) {
            return new Review(before, Outcome.ALREADY_REVIEWED);
        }
        if (comment.isBlank() || comment.length() > ProgressUpdate.MAX_COMMENT) {
            return new Review(before, Outcome.COMMENT_NEEDED);
        }
        ProgressUpdate after = before.returnedBy(reviewer.username(), comment);
        try {
            updates.review(after);
        } catch (ConcurrentEdit e) {
            return new Review(before, Outcome.ALREADY_REVIEWED);
        }
        audit.updated(PlansAudit.UPDATE, updateId, AuditSummaries.of(before), AuditSummaries.of(after));
        return new Review(after, Outcome.RETURNED);
    }

    /** The update, if it reports on an activity of the plan. */
    private ProgressUpdate update(long planId, long updateId) {
        ProgressUpdate u = updates.byId(updateId).orElseThrow(() -> new RecordNotFound("progress update", updateId));
        activities.byId(u.activityId() == null ? -1 : u.activityId()).filter(a -> a.planId() == planId)
                .orElseThrow(() -> new RecordNotFound("progress update", updateId));
        return u;
    }
}
