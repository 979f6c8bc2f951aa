package org.labourhub.plans.editing;

import org.labourhub.accounts.Actor;
import org.labourhub.accounts.AuditTrail;
import org.labourhub.plans.AuditSummaries;
import org.labourhub.plans.PlanKind;
import org.labourhub.plans.PlanOfAction;
import org.labourhub.plans.PlanStatus;
import org.labourhub.plans.Plans;
import org.labourhub.plans.PlansPolicy;
import org.labourhub.platform.i18n.Language;
import org.labourhub.platform.web.ConcurrentEdit;
import org.labourhub.platform.web.RecordNotFound;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import java.util.Arrays;

/** The secretariat creates plans and changes their name, kind, status, period and level names. */
@Controller
class PlanFormController {

    private final Plans plans;
    private final PlansPolicy policy;
    private final AuditTrail audit;

    PlanFormController(Plans plans, PlansPolicy policy, AuditTrail audit) {
        this.plans = plans;
        this.policy = policy;
        this.audit = audit;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("kinds", PlanKind.values());
        model.addAttribute("planStatuses", PlanStatus.values());
        model.addAttribute("languageCodes", Arrays.stream(Language.values()).map(Language::code).toList());
    }

    @GetMapping("/plans/new")
    String newForm(Model model) {
        policy.requirePlanMaintainer(Actor.current());
        model.addAttribute("form", new PlanForm());
        return "plans/plan-form";
    }

    @PostMapping("/plans/new")
    @Transactional
    String create(@ModelAttribute("form") PlanForm form, BindingResult errors) {
        policy.requirePlanMaintainer(Actor.current());
        form.validate(errors, true);
        if (errors.hasErrors()) {
            return "plans/plan-form";
        }
        PlanOfAction plan = form.toPlan(null, null);
        try {
            long id = plans.add(plan);
            audit.created("plan", id, AuditSummaries.of(plan));
            return "redirect:/plans/" + id + "?saved";
        } catch (DuplicateKeyException e) {
            errors.rejectValue("key", "plans.validation.keyTaken");
            return "plans/plan-form";
        }
    }

    @GetMapping("/plans/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        policy.requirePlanMaintainer(Actor.current());
        model.addAttribute("form", PlanForm.of(plan(id)));
        model.addAttribute("planId", id);
        return "plans/plan-form";
    }

    @PostMapping("/plans/{id}/edit")
    @Transactional
    String update(@PathVariable long id, @ModelAttribute("form") PlanForm form, BindingResult errors, Model model) {
        policy.requirePlanMaintainer(Actor.current());
        PlanOfAction before = plan(id);
        model.addAttribute("planId", id);
        form.validate(errors, false);
        if (errors.hasErrors()) {
            return "plans/plan-form";
        }
        PlanOfAction after = form.toPlan(id, before);
        try {
            plans.update(after);
        } catch (ConcurrentEdit e) {
            model.addAttribute("conflict", true);
            return "plans/plan-form";
        }
        audit.updated("plan", id, AuditSummaries.of(before), AuditSummaries.of(after));
        return "redirect:/plans/" + id + "?saved";
    }

    private PlanOfAction plan(long id) {
        return plans.byId(id).orElseThrow(() -> new RecordNotFound("plan", id));
    }
}
