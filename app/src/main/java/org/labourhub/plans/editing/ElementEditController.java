package org.labourhub.plans.editing;

import org.labourhub.accounts.Actor;
import org.labourhub.accounts.AuditTrail;
import org.labourhub.plans.AuditSummaries;
import org.labourhub.plans.Elements;
import org.labourhub.plans.PlanOfAction;
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

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/** The secretariat changes an element of a plan's tree, or deletes it with its subtree while nothing is published. */
@Controller
@RequestMapping("/plans/{planId}/elements/{elementId}")
class ElementEditController {

    /** A level of the plan's tree offered in the form: its index and its name in the reader's language. */
    record LevelChoice(String value, String label) {
    }

    private final Plans plans;
    private final Elements elements;
    private final PublishedProgress published;
    private final PlansPolicy policy;
    private final AuditTrail audit;

    ElementEditController(Plans plans, Elements elements, PublishedProgress published, PlansPolicy policy,
                          AuditTrail audit) {
        this.plans = plans;
        this.elements = elements;
        this.published = published;
        this.policy = policy;
        this.audit = audit;
    }

    @GetMapping("/edit")
    String editForm(@PathVariable long planId, @PathVariable long elementId, Model model, Locale locale) {
        policy.requirePlanMaintainer(Actor.current());
        model.addAttribute("form", ElementForm.of(element(planId, elementId)));
        return page(planId, elementId, model, locale);
    }

    @PostMapping("/edit")
    @Transactional
    String save(@PathVariable long planId, @PathVariable long elementId, @ModelAttribute("form") ElementForm form,
                BindingResult errors, Model model, Locale locale) {
        policy.requirePlanMaintainer(Actor.current());
        Elements.Element before = element(planId, elementId);
        form.validate(errors);
        int[] bounds = elements.levelBounds(before);
        form.checkLevel(errors, bounds[0], bounds[1]);
        if (errors.hasErrors()) {
            return page(planId, elementId, model, locale);
        }
        Elements.Element after = form.applyTo(before);
        try {
            elements.update(after);
        } catch (ConcurrentEdit e) {
            model.addAttribute("conflict", true);
            return page(planId, elementId, model, locale);
        }
        audit.updated("plan-element", elementId, AuditSummaries.of(before), AuditSummaries.of(after));
        return "redirect:/plans/" + planId + "?saved#element-" + elementId;
    }

    @PostMapping("/delete")
    @Transactional
    String delete(@PathVariable long planId, @PathVariable long elementId, @RequestParam int version) {
        policy.requirePlanMaintainer(Actor.current());
        Elements.Element element = element(planId, elementId);
        int count = published.underElement(elementId);
        if (count > 0) {
            return "redirect:/plans/" + planId + "/elements/" + elementId + "/edit?published=" + count;
        }
        try {
            elements.delete(elementId, version);
        } catch (ConcurrentEdit e) {
            return "redirect:/plans/" + planId + "/elements/" + elementId + "/edit?conflict";
        }
        audit.deleted("plan-element", elementId, AuditSummaries.of(element));
        return "redirect:/plans/" + planId + "?deleted";
    }

    private String page(long planId, long elementId, Model model, Locale locale) {
        PlanOfAction plan = plans.byId(planId).orElseThrow(() -> new RecordNotFound("plan", planId));
        model.addAttribute("plan", plan);
        model.addAttribute("formAction", "/plans/" + planId + "/elements/" + elementId + "/edit");
        model.addAttribute("deleteAction", "/plans/" + planId + "/elements/" + elementId + "/delete");
        model.addAttribute("levelChoices", levels(plan, locale));
        model.addAttribute("editing", true);
        return "plans/element-form";
    }

    private static List<LevelChoice> levels(PlanOfAction plan, Locale locale) {
        return IntStream.range(0, plan.levels().size())
                .mapToObj(i -> new LevelChoice(String.valueOf(i), plan.levelName(i, locale))).toList();
    }

    private Elements.Element element(long planId, long elementId) {
        return elements.byId(elementId).filter(e -> e.planId() == planId)
                .orElseThrow(() -> new RecordNotFound("element", elementId));
    }
}
