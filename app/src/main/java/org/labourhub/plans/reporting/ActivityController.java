package org.labourhub.plans.reporting;

import org.labourhub.plans.Activity;
import org.labourhub.plans.CycleReport;
import org.labourhub.plans.CycleReports;
import org.labourhub.platform.i18n.Language;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

import java.time.LocalDate;
import java.util.Locale;

/** One activity's page, with its progress and, for its reporters, the form to report on it (see {@link ActivityPage}). */
@Controller
@RequestMapping("/plans/{planId}/activities/{activityId}")
class ActivityController {

    private final ActivityPage page;
    private final CycleReports reports;

    ActivityController(ActivityPage page, CycleReports reports) {
        this.page = page;
        this.reports = reports;
    }

    @ModelAttribute
    void choices(Model model) {
        ActivityPage.choices(model);
    }

    /** The update form starts from the activity's status and the first open cycle that still accepts updates. */
    @GetMapping
    String show(@PathVariable long planId, @PathVariable long activityId, Model model, Locale locale) {
        Activity activity = page.activity(planId, activityId);
        var form = new UpdateForm();
        form.setLanguage(Language.of(locale).code());
        form.setStatus(activity.status());
        var open = reports.openFor(activityId).stream().filter(CycleReport::acceptsUpdates).map(CycleReport::cycle).toList();
        form.setCycleId(open.isEmpty() ? null : open.get(0).id());
        form.setAsOf(open.isEmpty() ? LocalDate.now() : open.get(0).asOf());
        return page.show(planId, activity, form, false, model, locale);
    }
}
