package org.labourhub.plans;

import org.labourhub.accounts.Actor;
import org.labourhub.platform.web.RecordNotFound;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may change what in plans, decided here for every write: the secretariat (and administrators) maintain
 * plans, indicators and reporting cycles and review updates; a focal point or an organ reports progress only on
 * the activities assigned to its organisations. Active and closed plans are public; a draft is read only by those
 * who maintain plans and by the reporters of one of its activities, and is "not found" for everyone else.
 */
@Component
public class PlansPolicy {

    private final Reporters reporters;
    private final PlansSettings settings;

    PlansPolicy(Reporters reporters, PlansSettings settings) {
        this.reporters = reporters;
        this.settings = settings;
    }

    public boolean canMaintainPlans(Actor actor) {
        return actor.maintainsEverything();
    }

    public void requirePlanMaintainer(Actor actor) {
        if (!canMaintainPlans(actor)) {
            throw new AccessDeniedException("Only the secretariat maintains plans");
        }
    }

    /** Whether the actor may read a plan in this status (a draft is not revealed to others). */
    public boolean canRead(Actor actor, long planId, PlanStatus status) {
        return status != PlanStatus.DRAFT || actor.maintainsEverything() || reporters.reportsOnPlan(actor, planId);
    }

    /** Answers "not found" rather than "not allowed", so that a draft's existence is not revealed. */
    void requireReader(Actor actor, PlanOfAction plan) {
        if (!canRead(actor, plan.id(), plan.status())) {
            throw new RecordNotFound("plan", plan.id());
        }
    }

    public boolean canReportOn(Actor actor, long activityId) {
        return actor.maintainsEverything() || reporters.reportsOn(actor, activityId);
    }

    public void requireReporterOf(Actor actor, long activityId) {
        if (!canReportOn(actor, activityId)) {
            throw new AccessDeniedException(actor.username() + " does not report on activity " + activityId);
        }
    }

    /** Returning or approving an update, opening and closing cycles, sending reminders. */
    public void requireReviewer(Actor actor) {
        if (!actor.maintainsEverything()) {
            throw new AccessDeniedException("Only the secretariat reviews progress updates");
        }
    }

    /** A reviewer approves an update unless four-eyes approval is on and the update is the reviewer's own. */
    public boolean canApprove(Actor actor, ProgressUpdate update) {
        return actor.maintainsEverything() && settings.mayApprove(actor.username(), update);
    }
}
