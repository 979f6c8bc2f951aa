package org.labourhub.plans.reporting;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import org.labourhub.accounts.Actor;
import org.labourhub.plans.Reporters;
import org.labourhub.platform.web.Htmx;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Tells a signed-in reporter on every page how many of the updates it owes in open cycles it has been reminded of
 * or are past due, so that nobody has to open "my assignments" to find out. One small query per full page (for a
 * focal point, with one look-up in the directory of the organisations it speaks for); none for anonymous readers,
 * htmx fragments, the JSON API or error pages (an error page must show even when the database that caused it cannot
 * answer this query).
 */
@ControllerAdvice
class ReportingReminderBanner {

    private static final String OWED_AND_PRESSED = """
            select count(*) from plans.cycle_assignment ca
            join plans.reporting_cycle c on c.id = ca.cycle_id and c.state = 'OPEN'
            join plans.activity a on a.id = ca.activity_id
            where (c.due < current_date
                   or exists (select 1 from plans.reminder m where m.cycle_id = c.id and m.activity_id = a.id))
              and coalesce((select u.state from plans.progress_update u where u.cycle_id = c.id and u.activity_id = a.id
                            order by u.submitted_at desc, u.id desc limit 1), 'RETURNED') = 'RETURNED'
              and """ + " " + Reporters.REPORTS_ON;

    private final JdbcClient jdbc;
    private final Reporters reporters;

    ReportingReminderBanner(JdbcClient jdbc, Reporters reporters) {
        this.jdbc = jdbc;
        this.reporters = reporters;
    }

    @ModelAttribute
    void owedReports(Model model, HttpServletRequest request) {
        Actor actor = Actor.current();
        if (actor.isAnonymous() || isFragmentApiOrError(request)) {
            return;
        }
        int owed = jdbc.sql(OWED_AND_PRESSED).params(reporters.parameters(actor)).query(Integer.class).single();
        if (owed > 0) {
            model.addAttribute("owedReports", owed);
        }
    }

    private static boolean isFragmentApiOrError(HttpServletRequest request) {
        return Htmx.wantsFragment(request) || !"GET".equals(request.getMethod()) || request.getDispatcherType() == DispatcherType.ERROR
                || request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }
}
