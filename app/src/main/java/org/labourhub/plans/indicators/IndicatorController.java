package org.labourhub.plans.indicators;

import org.labourhub.accounts.Actor;
import org.labourhub.accounts.AuditTrail;
import org.labourhub.plans.PlanContent;
import org.labourhub.plans.PlanContents;
import org.labourhub.plans.PlanOfAction;
import org.labourhub.plans.PlansPolicy;
import org.labourhub.platform.Constituency;
import org.labourhub.platform.CountryCodes;
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
import java.util.Optional;

/** One indicator: its chart of baseline, targets and values, and the secretariat's forms to add targets and values. */
@Controller
@RequestMapping("/plans/{planId}/indicators/{indicatorId}")
class IndicatorController {

    private final PlanContents contents;
    private final IndicatorEntries entries;
    private final PlansPolicy policy;
    private final AuditTrail audit;
    private final CountryCodes countries;

    IndicatorController(PlanContents contents, IndicatorEntries entries, PlansPolicy policy, AuditTrail audit,
                        Optional<CountryCodes> countries) {
        this.contents = contents;
        this.entries = entries;
        this.policy = policy;
        this.audit = audit;
        this.countries = countries.orElse(code -> code.matches("[A-Z]{2}"));
    }

    @GetMapping
    String show(@PathVariable long planId, @PathVariable long indicatorId, Model model, Locale locale) {
        model.addAttribute("target", new IndicatorEntryForm());
        model.addAttribute("value", new IndicatorEntryForm());
        return page(planId, indicatorId, model, locale);
    }

    @PostMapping("/targets")
    @Transactional
    String addTarget(@PathVariable long planId, @PathVariable long indicatorId,
                     @ModelAttribute("target") IndicatorEntryForm form, BindingResult errors, Model model, Locale locale) {
        policy.requirePlanMaintainer(Actor.current());
        var owner = owner(planId, indicatorId);
        PlanOfAction plan = contents.load(planId, LocalDate.now()).plan();
        form.validate(errors, owner.measure(), plan.period(), true, countries);
        if (errors.hasErrors()) {
            model.addAttribute("value", new IndicatorEntryForm());
            return page(planId, indicatorId, model, locale);
        }
        long id = entries.addTarget(indicatorId, form, owner.measure());
        audit.created("indicator-target", id, form.auditSummary(indicatorId));
        return "redirect:/plans/" + planId + "/indicators/" + indicatorId + "?saved";
    }

    @PostMapping("/values")
    @Transactional
    String addValue(@PathVariable long planId, @PathVariable long indicatorId,
                    @ModelAttribute("value") IndicatorEntryForm form, BindingResult errors, Model model, Locale locale) {
        Actor actor = Actor.current();
        policy.requirePlanMaintainer(actor);
        var owner = owner(planId, indicatorId);
        form.validate(errors, owner.measure(), null, false, countries);
        if (errors.hasErrors()) {
            model.addAttribute("target", new IndicatorEntryForm());
            return page(planId, indicatorId, model, locale);
        }
        long id = entries.addValue(indicatorId, form, owner.measure(), actor.username());
        audit.created("indicator-value", id, form.auditSummary(indicatorId));
        return "redirect:/plans/" + planId + "/indicators/" + indicatorId + "?saved";
    }

    private String page(long planId, long indicatorId, Model model, Locale locale) {
        PlanContent content = contents.load(planId, LocalDate.now());
        var indicator = content.elements().stream().flatMap(n -> n.indicators().stream())
                .filter(i -> i.id() == indicatorId).findFirst()
                .orElseThrow(() -> new RecordNotFound("indicator", indicatorId));
        model.addAttribute("plan", content.plan());
        model.addAttribute("indicator", indicator);
        model.addAttribute("maintainer", policy.canMaintainPlans(Actor.current()));
        model.addAttribute("constituencies", Constituency.values());
        model.addAttribute("sexes", new String[]{"FEMALE", "MALE"});
        IndicatorEntryCountry.offer(countries, (IndicatorEntryForm) model.getAttribute("value"), model, locale);
        return "plans/indicator";
    }

    private IndicatorEntries.Owner owner(long planId, long indicatorId) {
        return entries.owner(indicatorId).filter(o -> o.planId() == planId)
                .orElseThrow(() -> new RecordNotFound("indicator", indicatorId));
    }
}
