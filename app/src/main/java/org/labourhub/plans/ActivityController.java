package org.labourhub.plans;

import org.labourhub.accounts.Actor;
import org.labourhub.accounts.AuditTrail;
import org.labourhub.platform.i18n.Language;
import org.labourhub.platform.web.ConcurrentEdit;
import org.labourhub.platform.web.RecordNotFound;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import java.time.LocalDate;
import java.util.Locale;

/** One activity: its page with its progress, the secretariat's edit form, and progress reporting by its reporters. */
@Controller
@RequestMapping("/plans/{planId}/activities/{activityId}")
class ActivityController {

    private final Activities activities;
    private final PlanContents contents;
    private final ProgressUpdates updates;
    private final ReportingCycles cycles;
    private final CycleReports reports;
    private final PlansPolicy policy;
    private final AuditTrail audit;
    private final ActivityReferences references;

    ActivityController(Activities activities, PlanContents contents, ProgressUpdates updates, ReportingCycles cycles,
                       CycleReports reports, PlansPolicy policy, AuditTrail audit, ActivityReferences references) {
        this.reports = reports;
        this.references = references;
        this.activities = activities;
        this.contents = contents;
        this.updates = updates;
        this.cycles = cycles;
        this.policy = policy;
        this.audit = audit;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("statuses", ActivityStatus.values());
        model.addAttribute("calendarKinds", CalendarKind.values());
        model.addAttribute("languageCodes", java.util.Arrays.stream(Language.values()).map(Language::code).toList());
    }

    @GetMapping
    String show(@PathVariable long planId, @PathVariable long activityId, Model model, Locale locale) {
        Activity activity = activity(planId, activityId);
        var form = new UpdateForm();
        form.setLanguage(Language.of(locale).code());
        form.setStatus(activity.status());
        var open = reports.openFor(activityId).stream().filter(CycleReport::acceptsUpdates).map(CycleReport::cycle).toList();
        form.setCycleId(open.isEmpty() ? null : open.get(0).id());
        form.setAsOf(open.isEmpty() ? LocalDate.now() : open.get(0).asOf());
        return page(planId, activity, form, false, model, locale);
    }

    @PostMapping("/updates")
    @Transactional
    String submit(@PathVariable long planId, @PathVariable long activityId, @ModelAttribute("update") UpdateForm form,
                  BindingResult errors, Model model, Locale locale) {
        Activity activity = activity(planId, activityId);
        Actor actor = Actor.current();
        policy.requireReporterOf(actor, activityId);
        form.validate(errors, LocalDate.now());
        CycleReport report = form.getCycleId() == null ? null : report(planId, activityId, form.getCycleId(), errors);
        if (errors.hasErrors()) {
            return page(planId, activity, form, true, model, locale);
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
            return page(planId, activity, form, true, model, locale);
        } catch (ConcurrentEdit e) {
            errors.rejectValue("cycleId", "plans.lock.raced");
            return page(planId, activity, form, true, model, locale);
        }
        audit.created("progress-update", id, AuditSummaries.of(update));
        return "redirect:/plans/" + planId + "/activities/" + activityId + "?submitted";
    }

    @GetMapping("/edit")
    String editForm(@PathVariable long planId, @PathVariable long activityId, Model model, Locale locale) {
        policy.requirePlanMaintainer(Actor.current());
        var form = ActivityForm.of(activity(planId, activityId));
        form.setResponsible(activities.responsibleValues(activityId));
        model.addAttribute("form", form);
        return edit(planId, activityId, form, model, locale);
    }

    @PostMapping("/edit")
    @Transactional
    String save(@PathVariable long planId, @PathVariable long activityId, @ModelAttribute("form") ActivityForm form,
                BindingResult errors, Model model, Locale locale) {
        policy.requirePlanMaintainer(Actor.current());
        Activity before = activity(planId, activityId);
        form.validate(errors);
        var refs = references.resolve(form, before.projectRef(), errors, locale);
        if (errors.hasErrors()) {
            return edit(planId, activityId, form, model, locale);
        }
        Activity after = form.applyTo(before);
        var keysBefore = activities.responsibleKeys(activityId);
        try {
            activities.update(after);
        } catch (ConcurrentEdit e) {
            model.addAttribute("conflict", true);
            return edit(planId, activityId, form, model, locale);
        }
        activities.replaceResponsible(activityId, refs);
        var summaryBefore = AuditSummaries.of(before);
        summaryBefore.put("responsible", keysBefore);
        var summaryAfter = AuditSummaries.of(after);
        summaryAfter.put("responsible", activities.responsibleKeys(activityId));
        audit.updated("activity", activityId, summaryBefore, summaryAfter);
        return "redirect:/plans/" + planId + "/activities/" + activityId + "?saved";
    }

    /** The activity's report in the cycle; a cycle of another plan or that does not ask about this activity refuses the update. */
    private CycleReport report(long planId, long activityId, long cycleId, BindingResult errors) {
        var report = cycles.byId(cycleId).filter(c -> c.planId() == planId).flatMap(c -> reports.of(cycleId, activityId));
        if (report.isEmpty()) {
            errors.rejectValue("cycleId", "plans.validation.cycleNotForActivity");
        }
        return report.orElse(null);
    }

    private String page(long planId, Activity activity, UpdateForm form, boolean refused, Model model, Locale locale) {
        Actor actor = Actor.current();
        PlanContent content = contents.load(planId, LocalDate.now());
        model.addAttribute("plan", content.plan());
        model.addAttribute("activity", content.elements().stream().flatMap(n -> n.activities().stream())
                .filter(a -> a.id() == activity.id()).findFirst().orElseThrow());
        model.addAttribute("update", form);
        boolean reporter = policy.canReportOn(actor, activity.id());
        model.addAttribute("reporter", reporter);
        model.addAttribute("maintainer", policy.canMaintainPlans(actor));
        model.addAttribute("history", updates.ofActivity(activity.id()).stream()
                .filter(u -> u.state() == UpdateState.APPROVED || reporter).toList());
        var open = reports.openFor(activity.id());
        model.addAttribute("reports", open);
        model.addAttribute("openCycles", open.stream().filter(CycleReport::acceptsUpdates).map(CycleReport::cycle).toList());
        // a reporter whose every open cycle is locked by an approved update is not offered the form, unless a refused
        // update comes back to it (the text typed is kept)
        model.addAttribute("mayReport", reporter && (refused || open.isEmpty() || open.stream().anyMatch(CycleReport::acceptsUpdates)));
        model.addAttribute("project", references.project(activity.projectRef(), locale).orElse(null));
        return "plans/activity";
    }

    private String edit(long planId, long activityId, ActivityForm form, Model model, Locale locale) {
        references.offer(form, model, locale);
        model.addAttribute("plan", contents.load(planId, LocalDate.now()).plan());
        model.addAttribute("formAction", "/plans/" + planId + "/activities/" + activityId + "/edit");
        model.addAttribute("backLink", "/plans/" + planId + "/activities/" + activityId);
        model.addAttribute("editing", true);
        return "plans/activity-form";
    }

    private Activity activity(long planId, long activityId) {
        return activities.byId(activityId).filter(a -> a.planId() == planId)
                .orElseThrow(() -> new RecordNotFound("activity", activityId));
    }
}
