package org.labourhub.plans.reporting;

import org.labourhub.accounts.Actor;
import org.labourhub.accounts.AuditTrail;
import org.labourhub.plans.AuditSummaries;
import org.labourhub.plans.PlanContent;
import org.labourhub.plans.PlanContents;
import org.labourhub.plans.PlansPolicy;
import org.labourhub.plans.ProgressUpdate;
import org.labourhub.plans.ProgressUpdates;
import org.labourhub.plans.ReportingCycle;
import org.labourhub.plans.ReportingCycles;
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
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** Reporting cycles of a plan: open one, follow its completeness, remind the late, close it. */
@Controller
@RequestMapping("/plans/{planId}/cycles")
class CyclesController {

    private final ReportingCycles cycles;
    private final CycleCompleteness completeness;
    private final ProgressUpdates updates;
    private final PlanContents contents;
    private final PlansPolicy policy;
    private final AuditTrail audit;

    CyclesController(ReportingCycles cycles, CycleCompleteness completeness, ProgressUpdates updates,
                     PlanContents contents, PlansPolicy policy, AuditTrail audit) {
        this.cycles = cycles;
        this.completeness = completeness;
        this.updates = updates;
        this.contents = contents;
        this.policy = policy;
        this.audit = audit;
    }

    @GetMapping
    String list(@PathVariable long planId, Model model) {
        var form = new CycleForm();
        form.setAsOf(LocalDate.now());
        form.setDue(LocalDate.now().plusWeeks(4));
        PlanContent content = contents.load(planId, LocalDate.now());
        form.setActivityIds(content.elements().stream().flatMap(n -> n.activities().stream())
                .filter(a -> !a.responsible().isEmpty()).map(PlanContent.ActivityView::id).toList());
        model.addAttribute("form", form);
        return listPage(content, model);
    }

    @PostMapping
    @Transactional
    String open(@PathVariable long planId, @ModelAttribute("form") CycleForm form, BindingResult errors, Model model) {
        Actor actor = Actor.current();
        policy.requireReviewer(actor);
        form.validate(errors);
        if (errors.hasErrors()) {
            return listPage(contents.load(planId, LocalDate.now()), model);
        }
        var cycle = new ReportingCycle(null, planId, form.getAsOf(), form.getDue(), true, actor.username(), 0);
        long id = cycles.open(cycle, form.getActivityIds());
        audit.created("reporting-cycle", id, AuditSummaries.of(cycle, cycles.assignedActivities(id).size()));
        return "redirect:/plans/" + planId + "/cycles/" + id;
    }

    @GetMapping("/{cycleId}")
    String show(@PathVariable long planId, @PathVariable long cycleId, Model model, java.util.Locale locale) {
        ReportingCycle cycle = cycle(planId, cycleId);
        var rows = completeness.of(cycleId, locale);
        PlanContent content = contents.load(planId, LocalDate.now());
        model.addAttribute("plan", content.plan());
        model.addAttribute("titles", titles(content));
        model.addAttribute("cycle", cycle);
        model.addAttribute("rows", rows);
        model.addAttribute("summary", CycleCompleteness.summary(rows));
        model.addAttribute("overdue", cycle.isOverdue(LocalDate.now()));
        queue(model, () -> updates.awaitingReview(cycleId));
        return "plans/cycle";
    }

    @PostMapping("/{cycleId}/reminders")
    @Transactional
    String remind(@PathVariable long planId, @PathVariable long cycleId) {
        Actor actor = Actor.current();
        policy.requireReviewer(actor);
        ReportingCycle cycle = cycle(planId, cycleId);
        int sent = completeness.remindOwed(cycle, actor.username());
        audit.created("reminder", cycleId, Map.of("reminders", sent));
        return "redirect:/plans/" + planId + "/cycles/" + cycleId + "?reminded=" + sent;
    }

    @PostMapping("/{cycleId}/close")
    @Transactional
    String close(@PathVariable long planId, @PathVariable long cycleId) {
        Actor actor = Actor.current();
        policy.requireReviewer(actor);
        ReportingCycle cycle = cycle(planId, cycleId);
        try {
            cycles.close(cycle);
        } catch (ConcurrentEdit e) {
            return "redirect:/plans/" + planId + "/cycles/" + cycleId + "?conflict";
        }
        audit.updated("reporting-cycle", cycleId, AuditSummaries.of(cycle, 0),
                AuditSummaries.of(new ReportingCycle(cycle.id(), planId, cycle.asOf(), cycle.due(), false,
                        cycle.openedBy(), cycle.version() + 1), 0));
        return "redirect:/plans/" + planId + "/cycles/" + cycleId;
    }

    private String listPage(PlanContent content, Model model) {
        model.addAttribute("plan", content.plan());
        model.addAttribute("content", content);
        model.addAttribute("cycles", cycles.ofPlan(content.plan().id()));
        queue(model, () -> updates.awaitingReviewInPlan(content.plan().id()));
        model.addAttribute("titles", titles(content));
        return "plans/cycles";
    }

    /** The review queue for a reviewer, with the updates this reviewer may approve (not their own under four eyes). */
    private void queue(Model model, Supplier<List<ProgressUpdate>> awaiting) {
        Actor actor = Actor.current();
        boolean reviewer = policy.canMaintainPlans(actor);
        var updates = reviewer ? awaiting.get() : List.<ProgressUpdate>of();
        model.addAttribute("reviewer", reviewer);
        model.addAttribute("awaiting", updates);
        model.addAttribute("approvable", updates.stream().filter(u -> policy.canApprove(actor, u))
                .map(ProgressUpdate::id).collect(Collectors.toSet()));
    }

    /** Activity titles by id, for the review queue. */
    private static Map<Long, PlanContent.ActivityView> titles(PlanContent content) {
        var map = new java.util.HashMap<Long, PlanContent.ActivityView>();
        content.elements().forEach(n -> n.activities().forEach(a -> map.put(a.id(), a)));
        return map;
    }

    private ReportingCycle cycle(long planId, long cycleId) {
        return cycles.byId(cycleId).filter(c -> c.planId() == planId)
                .orElseThrow(() -> new RecordNotFound("reporting cycle", cycleId));
    }
}
