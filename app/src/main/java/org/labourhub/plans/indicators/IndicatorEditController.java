package org.labourhub.plans.indicators;

import org.labourhub.accounts.Actor;
import org.labourhub.accounts.AuditTrail;
import org.labourhub.plans.AuditSummaries;
import org.labourhub.plans.Indicators;
import org.labourhub.plans.Measure;
import org.labourhub.plans.Plans;
import org.labourhub.plans.PlansPolicy;
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
import org.springframework.web.bind.annotation.RequestParam;

/** The secretariat changes or deletes an indicator, and removes its targets and values. */
@Controller
@RequestMapping("/plans/{planId}/indicators/{indicatorId}")
class IndicatorEditController {

    private final Plans plans;
    private final Indicators indicators;
    private final IndicatorEntries entries;
    private final PlansPolicy policy;
    private final AuditTrail audit;

    IndicatorEditController(Plans plans, Indicators indicators, IndicatorEntries entries, PlansPolicy policy,
                            AuditTrail audit) {
        this.plans = plans;
        this.indicators = indicators;
        this.entries = entries;
        this.policy = policy;
        this.audit = audit;
    }

    @GetMapping("/edit")
    String editForm(@PathVariable long planId, @PathVariable long indicatorId, Model model) {
        policy.requirePlanMaintainer(Actor.current());
        model.addAttribute("form", IndicatorForm.of(indicator(planId, indicatorId)));
        return page(planId, indicatorId, model);
    }

    @PostMapping("/edit")
    @Transactional
    String save(@PathVariable long planId, @PathVariable long indicatorId, @ModelAttribute("form") IndicatorForm form,
                BindingResult errors, Model model) {
        policy.requirePlanMaintainer(Actor.current());
        Indicators.Indicator before = indicator(planId, indicatorId);
        form.validate(errors);
        if (form.getMeasure() != before.measure() && indicators.entries(indicatorId) > 0) {
            errors.rejectValue("measure", "plans.validation.measureHasEntries");
        }
        if (errors.hasErrors()) {
            return page(planId, indicatorId, model);
        }
        Indicators.Indicator after = form.applyTo(before);
        try {
            indicators.update(after);
        } catch (ConcurrentEdit e) {
            model.addAttribute("conflict", true);
            return page(planId, indicatorId, model);
        }
        audit.updated("indicator", indicatorId, AuditSummaries.of(before), AuditSummaries.of(after));
        return "redirect:/plans/" + planId + "/indicators/" + indicatorId + "?saved";
    }

    @PostMapping("/delete")
    @Transactional
    String delete(@PathVariable long planId, @PathVariable long indicatorId, @RequestParam int version) {
        policy.requirePlanMaintainer(Actor.current());
        Indicators.Indicator indicator = indicator(planId, indicatorId);
        try {
            indicators.delete(indicatorId, version);
        } catch (ConcurrentEdit e) {
            return "redirect:/plans/" + planId + "/indicators/" + indicatorId + "/edit?conflict";
        }
        audit.deleted("indicator", indicatorId, AuditSummaries.of(indicator));
        return "redirect:/plans/" + planId + "?deleted#element-" + indicator.elementId();
    }

    @PostMapping("/targets/{entryId}/delete")
    @Transactional
    String removeTarget(@PathVariable long planId, @PathVariable long indicatorId, @PathVariable long entryId) {
        return remove(planId, indicatorId, IndicatorEntries.Entry.TARGET, entryId, "indicator-target");
    }

    @PostMapping("/values/{entryId}/delete")
    @Transactional
    String removeValue(@PathVariable long planId, @PathVariable long indicatorId, @PathVariable long entryId) {
        return remove(planId, indicatorId, IndicatorEntries.Entry.VALUE, entryId, "indicator-value");
    }

    private String remove(long planId, long indicatorId, IndicatorEntries.Entry kind, long entryId, String recordType) {
        policy.requirePlanMaintainer(Actor.current());
        indicator(planId, indicatorId);
        var removed = entries.remove(kind, indicatorId, entryId)
                .orElseThrow(() -> new RecordNotFound(recordType, entryId));
        audit.deleted(recordType, entryId, removed);
        return "redirect:/plans/" + planId + "/indicators/" + indicatorId + "?deleted";
    }

    private String page(long planId, long indicatorId, Model model) {
        model.addAttribute("plan", plans.byId(planId).orElseThrow(() -> new RecordNotFound("plan", planId)));
        String base = "/plans/" + planId + "/indicators/" + indicatorId;
        model.addAttribute("formAction", base + "/edit");
        model.addAttribute("deleteAction", base + "/delete");
        model.addAttribute("backLink", base);
        model.addAttribute("measures", Measure.values());
        model.addAttribute("editing", true);
        return "plans/indicator-form";
    }

    private Indicators.Indicator indicator(long planId, long indicatorId) {
        return indicators.byId(indicatorId).filter(i -> i.planId() == planId)
                .orElseThrow(() -> new RecordNotFound("indicator", indicatorId));
    }
}
