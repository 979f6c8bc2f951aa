package org.labourhub.plans.editing;

import org.labourhub.accounts.Actor;
import org.labourhub.accounts.AuditTrail;
import org.labourhub.plans.Activities;
import org.labourhub.plans.Activity;
import org.labourhub.plans.ActivityStatus;
import org.labourhub.plans.ActivityTerritories;
import org.labourhub.plans.AuditSummaries;
import org.labourhub.plans.CalendarKind;
import org.labourhub.plans.PlanContents;
import org.labourhub.plans.PlansPolicy;
import org.labourhub.platform.TerritoryCode;
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
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The secretariat's form to change an activity: its wording, calendar, status, resources, who is responsible and its project. */
@Controller
@RequestMapping("/plans/{planId}/activities/{activityId}/edit")
class ActivityEditController {

    private final Activities activities;
    private final PlanContents contents;
    private final PlansPolicy policy;
    private final AuditTrail audit;
    private final ActivityReferences references;
    private final ActivityTerritories territories;

    ActivityEditController(Activities activities, PlanContents contents, PlansPolicy policy, AuditTrail audit,
                           ActivityReferences references, ActivityTerritories territories) {
        this.territories = territories;
        this.activities = activities;
        this.contents = contents;
        this.policy = policy;
        this.audit = audit;
        this.references = references;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("statuses", ActivityStatus.values());
        model.addAttribute("calendarKinds", CalendarKind.values());
        model.addAttribute("languageCodes", Arrays.stream(Language.values()).map(Language::code).toList());
    }

    @GetMapping
    String editForm(@PathVariable long planId, @PathVariable long activityId, Model model, Locale locale) {
        policy.requirePlanMaintainer(Actor.current());
        var form = ActivityForm.of(activity(planId, activityId));
        form.setResponsible(activities.responsibleValues(activityId));
        form.setTerritories(new TerritoryCode.Typed(territories.of(activityId), List.of()).text());
        model.addAttribute("form", form);
        return edit(planId, activityId, form, model, locale);
    }

    @PostMapping
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
        var territoriesBefore = territories.of(activityId);
        try {
            activities.update(after);
        } catch (ConcurrentEdit e) {
            model.addAttribute("conflict", true);
            return edit(planId, activityId, form, model, locale);
        }
        activities.replaceResponsible(activityId, refs);
        territories.replace(activityId, form.territoryCodes());
        var summaryBefore = AuditSummaries.of(before);
        summaryBefore.put("responsible", keysBefore);
        summaryBefore.put("territories", AuditSummaries.codes(territoriesBefore));
        var summaryAfter = AuditSummaries.of(after);
        summaryAfter.put("responsible", activities.responsibleKeys(activityId));
        summaryAfter.put("territories", AuditSummaries.codes(form.territoryCodes()));
        audit.updated("activity", activityId, summaryBefore, summaryAfter);
        return "redirect:/plans/" + planId + "/activities/" + activityId + "?saved";
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
