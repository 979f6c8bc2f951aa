package org.labourhub.plans.reporting;

import org.labourhub.accounts.Actor;
import org.labourhub.plans.FictionalPlans;
import org.labourhub.platform.training.TrainingNotice;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * "My assignments": the activities a focal point or an organ reports on, what each open cycle still expects, and
 * the secretariat's reminders. Reminders are shown here; e-mail is not configured on this platform yet.
 */
@Controller
class AssignmentsController {

    private final Assignments assignments;
    private final FictionalPlans training;

    AssignmentsController(Assignments assignments, FictionalPlans training) {
        this.assignments = assignments;
        this.training = training;
    }

    @GetMapping("/me/assignments")
    String mine(Model model) {
        var rows = assignments.of(Actor.current());
        model.addAttribute("rows", rows);
        model.addAttribute("reminders", rows.stream().filter(r -> r.isOwed() && r.remindedAt() != null).toList());
        model.addAttribute("owed", rows.stream().filter(Assignments.Row::isOwed).count());
        var fictional = training.ids();
        model.addAttribute("fictional", fictional);
        if (rows.stream().anyMatch(r -> fictional.contains(r.planId()))) {
            TrainingNotice.includes(model);
        }
        return "plans/assignments";
    }
}
