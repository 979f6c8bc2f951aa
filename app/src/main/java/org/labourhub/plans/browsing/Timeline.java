package org.labourhub.plans.browsing;

import org.labourhub.plans.Calendar;
import org.labourhub.plans.Period;
import org.labourhub.plans.PlanContent.ActivityView;
import org.labourhub.plans.PlanContent.Node;
import org.labourhub.plans.PlanContent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The activities of a plan on a time line: those with dates become bars (an activity due "by" a date is drawn from
 * the plan's start, or a month before, up to that date); the others are listed with the calendar as written.
 */
final class Timeline {

    record Row(long id, String element, ActivityView activity, LocalDate start, LocalDate end) {
        public boolean isDated() {
            return start != null && end != null;
        }
    }

    private Timeline() {
    }

    static List<Row> of(PlanContent content) {
        var rows = new ArrayList<Row>();
        Period plan = content.plan().period();
        for (Node n : content.elements()) {
            for (ActivityView a : n.activities()) {
                Calendar c = a.calendar();
                LocalDate start = c.start();
                LocalDate end = c.end();
                if (start == null && end != null) {
                    start = plan != null && plan.start().isBefore(end) ? plan.start() : end.minusMonths(1);
                }
                if (end == null && start != null) {
                    end = plan != null && plan.end().isAfter(start) ? plan.end() : start.plusMonths(1);
                }
                rows.add(new Row(a.id(), n.number() == null ? "" : n.number(), a, start, end));
            }
        }
        return rows;
    }
}
