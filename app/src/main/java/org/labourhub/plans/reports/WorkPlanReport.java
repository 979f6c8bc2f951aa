package org.labourhub.plans.reports;

import org.labourhub.plans.PlanContent.ActivityView;
import org.labourhub.plans.PlanContent.Node;
import org.labourhub.plans.PlanContent;
import org.labourhub.platform.reports.Report;
import org.labourhub.platform.reports.ReportBlock;
import org.labourhub.platform.reports.ReportSection;
import org.labourhub.platform.reports.ReportTable;
import org.labourhub.platform.reports.ReportText;

import java.util.ArrayList;
import java.util.List;

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
            var rows = new ArrayList<List<ReportText>>();
            collect(organ, rows, words);
            if (!rows.isEmpty()) {
                groups.add(new ReportTable.RowGroup(words.label(organ.number(), organ.title()), rows));
            }
        }
        var table = new ReportTable(List.of(words.get("plans.report.workPlan.assigned"),
                words.get("plans.report.workPlan.carriedOut"), words.get("plans.report.workPlan.planned"),
                words.get("plans.report.calendar")), List.of(5, 5, 4, 3), groups);
        return new Report(content.plan().name().in(words.locale),
                words.get("plans.report.workPlan.subtitle", words.date(content.asOf())),
                List.of(ReportSection.of(words.get("plans.report.workPlan.title"),
                        new ReportBlock.Paragraph(words.text(content.plan().sourceNote())), table)));
    }

    private static void collect(Node node, List<List<ReportText>> rows, ReportWords words) {
        if (hasContent(node)) {
            rows.add(row(node, words));
        }
        node.children().forEach(child -> collect(child, rows, words));
    }

    private static boolean hasContent(Node n) {
        return !n.activities().isEmpty() || n.carriedOut() != null || n.planned() != null || n.calendar() != null;
    }

    private static List<ReportText> row(Node node, ReportWords words) {
        var assigned = new ArrayList<ReportText>();
        var done = new ArrayList<ReportText>();
        for (ActivityView a : node.activities()) {
            assigned.add(words.label(a.number(), a.title()));
            a.latest().ifPresent(u -> done.add(ReportText.plain(words.get("plans.report.asOf", words.date(u.asOf())) + " ")
                    .then(words.text(u.text()))));
            done.add(words.text(a.carriedOut()));
        }
        ReportText heading = node.level() == 0 ? null : words.label(node.number(), node.title());
        return List.of(ReportWords.lines(heading, assigned.isEmpty() ? null : ReportWords.bullets(assigned)),
                ReportWords.lines(words.text(node.carriedOut()), ReportText.join("\n", done)),
                ReportWords.lines(words.text(node.planned()), ReportText.join("\n",
                        node.activities().stream().map(a -> words.text(a.planned())).toList())),
                ReportWords.lines(words.text(node.calendar()), ReportText.join("\n",
                        node.activities().stream().map(a -> words.calendar(a.calendar())).toList())));
    }
}
