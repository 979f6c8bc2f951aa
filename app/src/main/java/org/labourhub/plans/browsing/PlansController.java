package org.labourhub.plans.browsing;

import org.labourhub.accounts.Actor;
import org.labourhub.plans.FictionalPlans;
import org.labourhub.plans.PlanContent;
import org.labourhub.plans.PlanContents;
import org.labourhub.plans.PlansPolicy;
import org.labourhub.plans.ReportingCycle;
import org.labourhub.plans.ReportingCycles;
import org.labourhub.plans.reports.PlanReportKind;
import org.labourhub.platform.training.TrainingNotice;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.time.LocalDate;
import java.util.Locale;

/** The plans pages: the list, one plan's tree with its indicators and activities, and its timeline. */
@Controller
class PlansController {

    private final PlanListing listing;
    private final PlanContents contents;
    private final PlansPolicy policy;
    private final ReportingCycles cycles;
    private final FictionalPlans training;

    PlansController(PlanListing listing, PlanContents contents, PlansPolicy policy, ReportingCycles cycles,
                    FictionalPlans training) {
        this.training = training;
        this.listing = listing;
        this.contents = contents;
        this.policy = policy;
        this.cycles = cycles;
    }

    @GetMapping("/plans")
    String list(Model model, Locale locale) {
        Actor actor = Actor.current();
        var plans = listing.all(locale).stream().filter(p -> policy.canRead(actor, p.id(), p.status())).toList();
        model.addAttribute("plans", plans);
        model.addAttribute("maintainer", policy.canMaintainPlans(Actor.current()));
        var fictional = training.ids();
        model.addAttribute("fictional", fictional);
        if (plans.stream().anyMatch(p -> fictional.contains(p.id()))) {
            TrainingNotice.includes(model);
        }
        return "plans/list";
    }

    @GetMapping("/plans/{id}")
    String show(@PathVariable long id, Model model, Locale locale) {
        PlanContent content = contents.load(id, LocalDate.now());
        model.addAttribute("content", content);
        model.addAttribute("plan", content.plan());
        model.addAttribute("owners", listing.owners(id, locale));
        model.addAttribute("reports", PlanReportKind.values());
        model.addAttribute("suggested", PlanReportKind.suitedTo(content.plan().kind()));
        model.addAttribute("maintainer", policy.canMaintainPlans(Actor.current()));
        model.addAttribute("openCycles", cycles.ofPlan(id).stream().filter(ReportingCycle::open).toList());
        return "plans/plan";
    }

    @GetMapping("/plans/{id}/timeline")
    String timeline(@PathVariable long id, Model model) {
        PlanContent content = contents.load(id, LocalDate.now());
        model.addAttribute("plan", content.plan());
        model.addAttribute("rows", Timeline.of(content));
        return "plans/timeline";
    }
}
