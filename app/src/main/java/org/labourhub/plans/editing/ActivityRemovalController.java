package org.labourhub.plans.editing;

import org.labourhub.accounts.Actor;
import org.labourhub.accounts.AuditTrail;
import org.labourhub.plans.Activities;
import org.labourhub.plans.Activity;
import org.labourhub.plans.AuditSummaries;
import org.labourhub.plans.PlansPolicy;
import org.labourhub.platform.web.ConcurrentEdit;
import org.labourhub.platform.web.RecordNotFound;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The secretariat deletes an activity, unless progress on it has been approved and published. */
@Controller
class ActivityRemovalController {

    private final Activities activities;
    private final PublishedProgress published;
    private final PlansPolicy policy;
    private final AuditTrail audit;

    ActivityRemovalController(Activities activities, PublishedProgress published, PlansPolicy policy, AuditTrail audit) {
        this.activities = activities;
        this.published = published;
        this.policy = policy;
        this.audit = audit;
    }

    @PostMapping("/plans/{planId}/activities/{activityId}/delete")
    @Transactional
    String delete(@PathVariable long planId, @PathVariable long activityId, @RequestParam int version) {
        policy.requirePlanMaintainer(Actor.current());
        Activity activity = activities.byId(activityId).filter(a -> a.planId() == planId)
                .orElseThrow(() -> new RecordNotFound("activity", activityId));
        String editPage = "redirect:/plans/" + planId + "/activities/" + activityId + "/edit";
        int count = published.ofActivity(activityId);
        if (count > 0) {
            return editPage + "?published=" + count;
        }
        var summary = AuditSummaries.of(activity);
        summary.put("responsible", activities.responsibleKeys(activityId));
        try {
            activities.delete(activityId, version);
        } catch (ConcurrentEdit e) {
            return editPage + "?conflict";
        }
        audit.deleted("activity", activityId, summary);
        return "redirect:/plans/" + planId + "?deleted";
    }
}
