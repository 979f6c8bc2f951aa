package org.labourhub.plans.reporting;

import org.labourhub.accounts.Actor;
import org.labourhub.plans.Activities;
import org.labourhub.plans.Activity;
import org.labourhub.plans.ActivityStatus;
import org.labourhub.plans.ActivityTerritories;
import org.labourhub.plans.CalendarKind;
import org.labourhub.plans.CycleReport;
import org.labourhub.plans.CycleReports;
import org.labourhub.plans.PlanContent;
import org.labourhub.plans.PlanContents;
import org.labourhub.plans.PlansPolicy;
import org.labourhub.plans.ProgressUpdates;
import org.labourhub.plans.UpdateState;
import org.labourhub.platform.i18n.Language;
import org.labourhub.platform.web.RecordNotFound;
import org.labourhub.projects.ProjectReferences;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;

/**
 * The page of one activity: the activity in its plan, its progress (the published updates, and every update for
 * its reporters), the open cycles that ask about it, and the form its reporters send an update with.
 */
@Component
class ActivityPage {

    private final Activities activities;
    private final PlanContents contents;
    private final ProgressUpdates updates;
    private final CycleReports reports;
    private final PlansPolicy policy;
    private final ProjectReferences projects;
    private final ActivityTerritories territories;

    ActivityPage(Activities activities, PlanContents contents, ProgressUpdates updates, CycleReports reports,
                 PlansPolicy policy, ProjectReferences projects, ActivityTerritories territories) {
        this.territories = territories;
        this.activities = activities;
        this.contents = contents;
        this.updates = updates;
        this.reports = reports;
        this.policy = policy;
        this.projects = projects;
    }

    /** The choices the page's update form offers. */
    static void choices(Model model) {
        model.addAttribute("statuses", ActivityStatus.values());
        model.addAttribute("calendarKinds", CalendarKind.values());
        model.addAttribute("languageCodes", Arrays.stream(Language.values()).map(Language::code).toList());
    }

    /** The activity of the plan, or "not found". */
    Activity activity(long planId, long activityId) {
        return activities.byId(activityId).filter(a -> a.planId() == planId)
                .orElseThrow(() -> new RecordNotFound("activity", activityId));
    }

    /** The page with this update form; {@code refused} when the form comes back with the reasons an update was refused. */
    String show(long planId, Activity activity, UpdateForm form, boolean refused, Model model, Locale locale) {
        Actor actor = Actor.current();
        PlanContent content = contents.load(planId, LocalDate.now());
        model.addAttribute("plan", content.plan());
        model.addAttribute("activity", content.elements().stream().flatMap(n -> n.activities().stream())
                .filter(a -> a.id() == activity.id()).findFirst().orElseThrow());
        model.addAttribute("update", form);
        model.addAttribute("territories", territories.of(activity.id()));
        boolean reporter = policy.canReportOn(actor, activity.id());
        model.addAttribute("reporter", reporter);
        model.addAttribute("maintainer", policy.canMaintainPlans(actor));
        model.addAttribute("history", updates.ofActivity(activity.id()).stream()
                .filter(u -> u.state() == UpdateState.APPROVED || reporter).toList());
        var open = reports.openFor(activity.id());
        model.addAttribute("reports", open);
        model.addAttribute("openCycles", open.stream().filter(CycleReport::acceptsUpdates).map(CycleReport::cycle).toList());
        // a reporter whose every open cycle is locked by an approved update is not offered the form, unless a refused
        // update comes back to it (the text typed is kept)
        model.addAttribute("mayReport", reporter && (refused || open.isEmpty() || open.stream().anyMatch(CycleReport::acceptsUpdates)));
        // the published project the activity names, if it is one (for a link to it)
        model.addAttribute("project", projects.byIdentifier(activity.projectRef(), locale).orElse(null));
        return "plans/activity";
    }
}
