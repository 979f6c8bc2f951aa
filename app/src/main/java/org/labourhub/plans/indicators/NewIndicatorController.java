package org.labourhub.plans.indicators;

import org.labourhub.accounts.Actor;
import org.labourhub.accounts.AuditTrail;
import org.labourhub.plans.AuditSummaries;
import org.labourhub.plans.Elements;
import org.labourhub.plans.Indicators;
import org.labourhub.plans.Measure;
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
import org.springframework.web.bind.annotation.RequestMapping;

import java.util.Arrays;

/** The secretariat adds an indicator to an element of a plan's tree. */
@Controller
@RequestMapping("/plans/{planId}/elements/{elementId}/indicators/new")
class NewIndicatorController {

    private final Plans plans;
    private final Elements elements;
    private final Indicators indicators;
    private final PlansPolicy policy;
    private final AuditTrail audit;

    NewIndicatorController(Plans plans, Elements elements, Indicators indicators, PlansPolicy policy, AuditTrail audit) {
        this.plans = plans;
        this.elements = elements;
        this.indicators = indicators;
        this.policy = policy;
        this.audit = audit;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("languageCodes", Arrays.stream(Language.values()).map(Language::code).toList());
        model.addAttribute("measures", Measure.values());
    }

    @GetMapping
    String newIndicator(@PathVariable long planId, @PathVariable long elementId, Model model) {
        policy.requirePlanMaintainer(Actor.current());
        place(planId, elementId);
        model.addAttribute("form", new IndicatorForm());
        return page(planId, elementId, model);
    }

    @PostMapping
    @Transactional
    String addIndicator(@PathVariable long planId, @PathVariable long elementId,
                        @ModelAttribute("form") IndicatorForm form, BindingResult errors, Model model) {
        policy.requirePlanMaintainer(Actor.current());
        place(planId, elementId);
        form.validate(errors);
        if (errors.hasErrors()) {
            return page(planId, elementId, model);
        }
        long id = indicators.add(form.toNew(elementId));
        audit.created("indicator", id, AuditSummaries.of(indicators.byId(id).orElseThrow()));
        return "redirect:/plans/" + planId + "/indicators/" + id + "?saved";
    }

    private String page(long planId, long elementId, Model model) {
        model.addAttribute("plan", plans.byId(planId).orElseThrow(() -> new RecordNotFound("plan", planId)));
        model.addAttribute("formAction", "/plans/" + planId + "/elements/" + elementId + "/indicators/new");
        model.addAttribute("backLink", "/plans/" + planId);
        return "plans/indicator-form";
    }

    private void place(long planId, long elementId) {
        elements.place(elementId).filter(p -> p.planId() == planId)
                .orElseThrow(() -> new RecordNotFound("element", elementId));
    }
}
