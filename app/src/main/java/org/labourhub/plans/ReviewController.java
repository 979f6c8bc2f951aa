package org.labourhub.plans;

import org.labourhub.accounts.Actor;
import org.labourhub.accounts.AuditTrail;
import org.labourhub.platform.web.ConcurrentEdit;
import org.labourhub.platform.web.RecordNotFound;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The secretariat's review of a submitted update: approving publishes it, locks its cycle for the activity (see
 * {@link CycleReport}) and gives the activity the reported status; returning sends it back with a comment.
 */
@Controller
@RequestMapping("/plans/{planId}/updates/{updateId}")
class ReviewController {

    private final ProgressUpdates updates;
    private final CycleReports reports;
    private final Activities activities;
    private final PlansPolicy policy;
    private final AuditTrail audit;

    ReviewController(ProgressUpdates updates, CycleReports reports, Activities activities, PlansPolicy policy,
                     AuditTrail audit) {
        this.updates = updates;
        this.reports = reports;
        this.activities = activities;
        this.policy = policy;
        this.audit = audit;
    }

    @PostMapping("/approve")
    @Transactional
    String approve(@PathVariable long planId, @PathVariable long updateId) {
        Actor actor = Actor.current();
        policy.requireReviewer(actor);
        ProgressUpdate before = update(planId, updateId);
        if (before.state() != UpdateState.SUBMITTED) {
            return back(planId, before, "alreadyReviewed");
        }
        if (!policy.canApprove(actor, before)) {
            return back(planId, before, "ownUpdate");
        }
        ProgressUpdate after;
        try {
            after = approve(before, actor);
        } catch (CycleReport.Refused e) {
            return back(planId, before, "locked");
        } catch (ConcurrentEdit e) {
            return back(planId, before, "raced");
        }
        audit.updated("progress-update", updateId, AuditSummaries.of(before), AuditSummaries.of(after));
        if (after.status() != null) {
            Activity activity = activities.byId(after.activityId()).orElseThrow();
            Activity reported = activity.withStatus(after.status());
            activities.update(reported);
            audit.updated("activity", activity.id(), AuditSummaries.of(activity), AuditSummaries.of(reported));
        }
        return back(planId, after, "approved");
    }

    @PostMapping("/return")
    @Transactional
    String returnWithComment(@PathVariable long planId, @PathVariable long updateId,
                             @RequestParam(defaultValue = "") String comment) {
        Actor actor = Actor.current();
        policy.requireReviewer(actor);
        ProgressUpdate before = update(planId, updateId);
        if (before.state() != UpdateState.SUBMITTED) {
            return back(planId, before, "alreadyReviewed");
        }
        if (comment.isBlank() || comment.length() > ProgressUpdate.MAX_COMMENT) {
            return back(planId, before, "commentNeeded");
        }
        ProgressUpdate after = before.returnedBy(actor.username(), comment);
        try {
            updates.review(after);
        } catch (ConcurrentEdit e) {
            return back(planId, before, "alreadyReviewed");
        }
        audit.updated("progress-update", updateId, AuditSummaries.of(before), AuditSummaries.of(after));
        return back(planId, after, "returned");
    }

    /** Within a cycle, through the activity's report there, which refuses a second approval; otherwise on its own. */
    private ProgressUpdate approve(ProgressUpdate update, Actor actor) {
        var report = update.cycleId() == null ? null : reports.of(update.cycleId(), update.activityId()).orElse(null);
        if (report == null) {
            ProgressUpdate approved = update.approvedBy(actor.username());
            updates.review(approved);
            return approved;
        }
        ProgressUpdate approved = report.approve(update, actor.username());
        reports.approved(report, approved);
        return approved;
    }

    private ProgressUpdate update(long planId, long updateId) {
        ProgressUpdate u = updates.byId(updateId).orElseThrow(() -> new RecordNotFound("progress update", updateId));
        activities.byId(u.activityId() == null ? -1 : u.activityId()).filter(a -> a.planId() == planId)
                .orElseThrow(() -> new RecordNotFound("progress update", updateId));
        return u;
    }

    private static String back(long planId, ProgressUpdate u, String outcome) {
        return u.cycleId() == null
                ? "redirect:/plans/" + planId + "/activities/" + u.activityId() + "?" + outcome
                : "redirect:/plans/" + planId + "/cycles/" + u.cycleId() + "?" + outcome;
    }
}
