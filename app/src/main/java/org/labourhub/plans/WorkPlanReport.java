package org.labourhub.plans;

import org.labourhub.platform.reports.Report;
import org.labourhub.platform.reports.ReportBlock;
import org.labourhub.platform.reports.ReportSection;
import org.labourhub.platform.reports.ReportTable;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.labourhub.plans.PlanContent.ActivityView;
import org.labourhub.plans.PlanContent.Node;

/**
 * Report (b), seed 004's layout: for each organ, the activities assigned to it, the activities carried out, the
 * activities planned and the calendar. An organ with offices of its own gets a row per office.
 */
final class WorkPlanReport {

    private WorkPlanReport() {
    }

    static Report of(PlanContent content, ReportWords words) {
        var groups = new ArrayList<ReportTable.RowGroup>();
        for (Node organ : content.roots()) {
            var rows = new ArrayList<List<String>>();
            collect(organ, rows, words);
            if (!rows.isEmpty()) {
                groups.add(new ReportTable.RowGroup(organ.label(words.locale), rows));
            }
        }
        var table = new ReportTable(List.of(words.get("plans.report.workPlan.assigned"),
                words.get("plans.report.workPlan.carriedOut"), words.get("plans.report.workPlan.planned"),
                words.get("plans.report.calendar")), List.of(5, 5, 4, 3), groups);
        return new Report(content.plan().name().in(words.locale),
                words.get("plans.report.workPlan.subtitle", words.date(content.asOf())),
                List.of(ReportSection.of(words.get("plans.report.workPlan.title"),
                        new ReportBlock.Paragraph(Texts.in(content.plan().sourceNote(), words.locale)), table)));
    }

    private static void collect(Node node, List<List<String>> rows, ReportWords words) {
        if (hasContent(node)) {
            rows.add(row(node, words));
        }
        node.children().forEach(child -> collect(child, rows, words));
    }

    private static boolean hasContent(Node n) {
        return !n.activities().isEmpty() || n.carriedOut() != null || n.planned() != null || n.calendar() != null;
    }

    private static List<String> row(Node node, ReportWords words) {
        Locale loc = words.locale;
        var assigned = new ArrayList<String>();
        var done = new ArrayList<String>();
        for (ActivityView a : node.activities()) {
            assigned.add(a.label(loc));
            a.latest().ifPresent(u -> done.add(words.get("plans.report.asOf", words.date(u.asOf())) + " " + u.text().in(loc)));
            if (a.carriedOut() != null) {
                done.add(a.carriedOut().in(loc));
            }
        }
        String heading = node.level() == 0 ? null : node.label(loc);
        return List.of(ReportWords.lines(heading, assigned.isEmpty() ? null : ReportWords.bullets(assigned)),
                ReportWords.lines(Texts.in(node.carriedOut(), loc), String.join("\n", done)),
                ReportWords.lines(Texts.in(node.planned(), loc), plannedOfActivities(node, loc)),
                ReportWords.lines(Texts.in(node.calendar(), loc), calendarsOfActivities(node, loc)));
    }

    private static String plannedOfActivities(Node node, Locale loc) {
        return String.join("\n", node.activities().stream().filter(a -> a.planned() != null)
                .map(a -> a.planned().in(loc)).toList());
    }

    private static String calendarsOfActivities(Node node, Locale loc) {
        return String.join("\n", node.activities().stream().map(a -> a.calendar().in(loc))
                .filter(c -> !c.isBlank()).toList());
    }
}
