package org.labourhub.plans.reporting;

import org.labourhub.accounts.Actor;
import org.labourhub.plans.PlansPolicy;
import org.labourhub.plans.ProgressUpdate;
import org.labourhub.plans.UpdateReviews;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The secretariat's review of a submitted update, approved or returned with a comment (see {@link UpdateReviews}),
 * answered on the cycle's page, or on the activity's for an update outside any cycle.
 */
@Controller
@RequestMapping("/plans/{planId}/updates/{updateId}")
class ReviewController {

    private final UpdateReviews reviews;
    private final PlansPolicy policy;

    ReviewController(UpdateReviews reviews, PlansPolicy policy) {
        this.reviews = reviews;
        this.policy = policy;
    }

    @PostMapping("/approve")
    @Transactional
    String approve(@PathVariable long planId, @PathVariable long updateId) {
        Actor actor = Actor.current();
        policy.requireReviewer(actor);
        return back(planId, reviews.approve(planId, updateId, actor));
    }

    @PostMapping("/return")
    @Transactional
    String returnWithComment(@PathVariable long planId, @PathVariable long updateId,
                             @RequestParam(defaultValue = "") String comment) {
        Actor actor = Actor.current();
        policy.requireReviewer(actor);
        return back(planId, reviews.returnWithComment(planId, updateId, actor, comment));
    }

    private static String back(long planId, UpdateReviews.Review review) {
        ProgressUpdate u = review.update();
        String outcome = switch (review.outcome()) {
            case APPROVED -> "approved";
            case RETURNED -> "returned";
            case ALREADY_REVIEWED -> "alreadyReviewed";
            case OWN_UPDATE -> "ownUpdate";
            case LOCKED -> "locked";
            case RACED -> "raced";
            case COMMENT_NEEDED -> "commentNeeded";
        };
        return u.cycleId() == null
                ? "redirect:/plans/" + planId + "/activities/" + u.activityId() + "?" + outcome
                : "redirect:/plans/" + planId + "/cycles/" + u.cycleId() + "?" + outcome;
    }
}
