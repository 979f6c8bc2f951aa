package org.labourhub.plans.indicators;

import org.labourhub.accounts.Actor;
import org.labourhub.accounts.AuditTrail;
import org.labourhub.plans.Period;
import org.labourhub.plans.Plans;
import org.labourhub.plans.PlansPolicy;
import org.labourhub.platform.Constituency;
import org.labourhub.platform.CountryCodes;
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

import java.util.Locale;
import java.util.Optional;

/** The secretariat corrects a target or a value of an indicator, checked against its measure like a new one. */
@Controller
@RequestMapping("/plans/{planId}/indicators/{indicatorId}/{kind:targets|values}/{entryId}/edit")
class IndicatorEntryController {

    private final Plans plans;
    private final IndicatorEntries entries;
    private final PlansPolicy policy;
    private final AuditTrail audit;
    private final CountryCodes countries;

    IndicatorEntryController(Plans plans, IndicatorEntries entries, PlansPolicy policy, AuditTrail audit,
                             Optional<CountryCodes> countries) {
        this.plans = plans;
        this.entries = entries;
        this.policy = policy;
        this.audit = audit;
        this.countries = countries.orElse(code -> code.matches("[A-Z]{2}"));
    }

    @GetMapping
    String editForm(@PathVariable long planId, @PathVariable long indicatorId, @PathVariable String kind,
                    @PathVariable long entryId, Model model, Locale locale) {
        policy.requirePlanMaintainer(Actor.current());
        owner(planId, indicatorId);
        model.addAttribute("form", entry(indicatorId, kind, entryId));
        return page(planId, indicatorId, kind, entryId, model, locale);
    }

    @PostMapping
    @Transactional
    String save(@PathVariable long planId, @PathVariable long indicatorId, @PathVariable String kind,
                @PathVariable long entryId, @ModelAttribute("form") IndicatorEntryForm form, BindingResult errors,
                Model model, Locale locale) {
        policy.requirePlanMaintainer(Actor.current());
        var owner = owner(planId, indicatorId);
        IndicatorEntryForm before = entry(indicatorId, kind, entryId);
        boolean target = entryKind(kind) == IndicatorEntries.Entry.TARGET;
        Period period = target ? plans.byId(planId).orElseThrow().period() : null;
        form.validate(errors, owner.measure(), period, target, countries);
        if (errors.hasErrors()) {
            return page(planId, indicatorId, kind, entryId, model, locale);
        }
        try {
            entries.update(entryKind(kind), indicatorId, entryId, form, owner.measure());
        } catch (ConcurrentEdit e) {
            model.addAttribute("conflict", true);
            return page(planId, indicatorId, kind, entryId, model, locale);
        }
        audit.updated(recordType(kind), entryId, before.auditSummary(indicatorId), form.auditSummary(indicatorId));
        return "redirect:/plans/" + planId + "/indicators/" + indicatorId + "?saved";
    }

    private String page(long planId, long indicatorId, String kind, long entryId, Model model, Locale locale) {
        model.addAttribute("plan", plans.byId(planId).orElseThrow(() -> new RecordNotFound("plan", planId)));
        model.addAttribute("formAction", "/plans/" + planId + "/indicators/" + indicatorId + "/" + kind + "/" + entryId + "/edit");
        model.addAttribute("backLink", "/plans/" + planId + "/indicators/" + indicatorId);
        model.addAttribute("target", entryKind(kind) == IndicatorEntries.Entry.TARGET);
        model.addAttribute("constituencies", Constituency.values());
        model.addAttribute("sexes", new String[]{"FEMALE", "MALE"});
        IndicatorEntryCountry.offer(countries, (IndicatorEntryForm) model.getAttribute("form"), model, locale);
        return "plans/indicator-entry-form";
    }

    private IndicatorEntryForm entry(long indicatorId, String kind, long entryId) {
        return entries.entry(entryKind(kind), indicatorId, entryId)
                .orElseThrow(() -> new RecordNotFound(recordType(kind), entryId));
    }

    private IndicatorEntries.Owner owner(long planId, long indicatorId) {
        return entries.owner(indicatorId).filter(o -> o.planId() == planId)
                .orElseThrow(() -> new RecordNotFound("indicator", indicatorId));
    }

    private static IndicatorEntries.Entry entryKind(String kind) {
        return "targets".equals(kind) ? IndicatorEntries.Entry.TARGET : IndicatorEntries.Entry.VALUE;
    }

    private static String recordType(String kind) {
        return "indicator-" + entryKind(kind).name().toLowerCase(Locale.ROOT);
    }
}
