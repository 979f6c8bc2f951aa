package org.labourhub.plans.editing;

import org.labourhub.accounts.Actor;
import org.labourhub.accounts.AuditTrail;
import org.labourhub.plans.Activities;
import org.labourhub.plans.Activity;
import org.labourhub.plans.ActivityStatus;
import org.labourhub.plans.ActivityTerritories;
import org.labourhub.plans.AuditSummaries;
import org.labourhub.plans.CalendarKind;
import org.labourhub.plans.Elements;
import org.labourhub.plans.PlanOfAction;
import org.labourhub.plans.Plans;
import org.labourhub.plans.PlansPolicy;
import org.labourhub.platform.i18n.Language;
import org.labourhub.platform.web.RecordNotFound;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/** The secretariat grows a plan's tree: elements, and activities under an element (an indicator is added with the indicators). */
@Controller
class PlanTreeController {

    private final Plans plans;
    private final Elements elements;
    private final Activities activities;
    private final PlansPolicy policy;
    private final AuditTrail audit;
    private final ActivityReferences references;
    private final ActivityTerritories territories;

    PlanTreeController(Plans plans, Elements elements, Activities activities, PlansPolicy policy, AuditTrail audit,
                       ActivityReferences references, ActivityTerritories territories) {
        this.plans = plans;
        this.elements = elements;
        this.activities = activities;
        this.policy = policy;
        this.audit = audit;
        this.references = references;
        this.territories = territories;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("languageCodes", Arrays.stream(Language.values()).map(Language::code).toList());
        model.addAttribute("statuses", ActivityStatus.values());
        model.addAttribute("calendarKinds", CalendarKind.values());
    }

    @GetMapping("/plans/{planId}/elements/new")
    String newElement(@PathVariable long planId, @RequestParam(required = false) Long parent, Model model) {
        policy.requirePlanMaintainer(Actor.current());
        model.addAttribute("form", new ElementForm());
        return elementPage(planId, parent, model);
    }

    @PostMapping("/plans/{planId}/elements/new")
    @Transactional
    String addElement(@PathVariable long planId, @RequestParam(required = false) Long parent,
                      @ModelAttribute("form") ElementForm form, BindingResult errors, Model model) {
        policy.requirePlanMaintainer(Actor.current());
        int level = parent == null ? 0 : place(planId, parent).level() + 1;
        form.validate(errors);
        if (errors.hasErrors()) {
            return elementPage(planId, parent, model);
        }
        long id = elements.add(planId, parent, level, form.numberOrNull(), form.getTitle().toText(), form.descriptionOrNull());
        audit.created("plan-element", id, Map.of("planId", planId, "level", level,
                "title", AuditSummaries.text(form.getTitle().toText())));
        return "redirect:/plans/" + planId + "?saved#element-" + id;
    }

    @GetMapping("/plans/{planId}/elements/{elementId}/activities/new")
    String newActivity(@PathVariable long planId, @PathVariable long elementId, Model model, Locale locale) {
        policy.requirePlanMaintainer(Actor.current());
        place(planId, elementId);
        var form = new ActivityForm();
        model.addAttribute("form", form);
        return activityPage(planId, elementId, form, model, locale);
    }

    @PostMapping("/plans/{planId}/elements/{elementId}/activities/new")
    @Transactional
    String addActivity(@PathVariable long planId, @PathVariable long elementId, @ModelAttribute("form") ActivityForm form,
                       BindingResult errors, Model model, Locale locale) {
        policy.requirePlanMaintainer(Actor.current());
        place(planId, elementId);
        form.validate(errors);
        var refs = references.resolve(form, null, errors, locale);
        if (errors.hasErrors()) {
            return activityPage(planId, elementId, form, model, locale);
        }
        Activity activity = form.toNew(planId, elementId);
        long id = activities.add(activity);
        activities.replaceResponsible(id, refs);
        territories.replace(id, form.territoryCodes());
        var summary = AuditSummaries.of(activity);
        summary.put("responsible", activities.responsibleKeys(id));
        summary.put("territories", AuditSummaries.codes(form.territoryCodes()));
        audit.created("activity", id, summary);
        return "redirect:/plans/" + planId + "/activities/" + id + "?saved";
    }

    private String elementPage(long planId, Long parent, Model model) {
        model.addAttribute("plan", plan(planId));
        model.addAttribute("formAction", "/plans/" + planId + "/elements/new" + (parent == null ? "" : "?parent=" + parent));
        return "plans/element-form";
    }

    private String activityPage(long planId, long elementId, ActivityForm form, Model model, Locale locale) {
        references.offer(form, model, locale);
        model.addAttribute("plan", plan(planId));
        model.addAttribute("formAction", "/plans/" + planId + "/elements/" + elementId + "/activities/new");
        model.addAttribute("backLink", "/plans/" + planId);
        return "plans/activity-form";
    }

    private PlanOfAction plan(long planId) {
        return plans.byId(planId).orElseThrow(() -> new RecordNotFound("plan", planId));
    }

    private Elements.Place place(long planId, long elementId) {
        return elements.place(elementId).filter(p -> p.planId() == planId)
                .orElseThrow(() -> new RecordNotFound("element", elementId));
    }
}
