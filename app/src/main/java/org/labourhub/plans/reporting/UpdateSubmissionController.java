package org.labourhub.plans.reporting;

import org.labourhub.accounts.Actor;
import org.labourhub.accounts.AuditTrail;
import org.labourhub.plans.Activity;
import org.labourhub.plans.AuditSummaries;
import org.labourhub.plans.CycleReport;
import org.labourhub.plans.CycleReports;
import org.labourhub.plans.PlansPolicy;
import org.labourhub.plans.ProgressUpdate;
import org.labourhub.plans.ProgressUpdates;
import org.labourhub.plans.ReportingCycles;
import org.labourhub.platform.web.ConcurrentEdit;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import java.time.LocalDate;
import java.util.Locale;

/**
 * A reporter sends an update on an activity: within a cycle through the activity's report there, which refuses it
 * while the cycle is closed or locked by an approved update; a refused update comes back on the activity's page.
 */
@Controller
@RequestMapping("/plans/{planId}/activities/{activityId}/updates")
class UpdateSubmissionController {

    private final ActivityPage page;
    private final ProgressUpdates updates;
    private final ReportingCycles cycles;
    private final CycleReports reports;
    private final PlansPolicy policy;
    private final AuditTrail audit;

    UpdateSubmissionController(ActivityPage page, ProgressUpdates updates, ReportingCycles cycles, CycleReports reports,
                               PlansPolicy policy, AuditTrail audit) {
        this.page = page;
        this.updates = updates;
        this.cycles = cycles;
        this.reports = reports;
        this.policy = policy;
        this.audit = audit;
    }

    @ModelAttribute
    void choices(Model model) {
        ActivityPage.choices(model);
    }

    @PostMapping
    @Transactional
    String submit(@PathVariable long planId, @PathVariable long activityId, @ModelAttribute("update") UpdateForm form,
                  BindingResult errors, Model model, Locale locale) {
        Activity activity = page.activity(planId, activityId);
        Actor actor = Actor.current();
        policy.requireReporterOf(actor, activityId);
        form.validate(errors, LocalDate.now());
        CycleReport report = form.getCycleId() == null ? null : report(planId, activityId, form.getCycleId(), errors);
        if (errors.hasErrors()) {
            return page.show(planId, activity, form, true, model, locale);
        }
        ProgressUpdate update;
        long id;
        try {
            if (report == null) {
                update = ProgressUpdate.submitted(activityId, null, form.getAsOf(), form.toText(), form.getStatus(), actor.username());
                id = updates.add(update);
            } else {
                update = report.submit(form.getAsOf(), form.toText(), form.getStatus(), actor.username());
                id = reports.submitted(report, update);
            }
        } catch (CycleReport.Refused e) {
            errors.rejectValue("cycleId", e.reason.message, new Object[]{report.cycle().asOf()}, null);
            return page.show(planId, activity, form, true, model, locale);
        } catch (ConcurrentEdit e) {
            errors.rejectValue("cycleId", "plans.lock.raced");
            return page.show(planId, activity, form, true, model, locale);
        }
        audit.created("progress-update", id, AuditSummaries.of(update));
        return "redirect:/plans/" + planId + "/activities/" + activityId + "?submitted";
    }

    /** The activity's report in the cycle; a cycle of another plan or that does not ask about this activity refuses the update. */
    private CycleReport report(long planId, long activityId, long cycleId, BindingResult errors) {
        var report = cycles.byId(cycleId).filter(c -> c.planId() == planId).flatMap(c -> reports.of(cycleId, activityId));
        if (report.isEmpty()) {
            errors.rejectValue("cycleId", "plans.validation.cycleNotForActivity");
        }
        return report.orElse(null);
    }
}
