package org.labourhub.plans;

import org.labourhub.platform.reports.Report;
import org.labourhub.platform.reports.ReportBlock;
import org.labourhub.platform.reports.ReportSection;
import org.labourhub.platform.reports.ReportTable;

import java.util.ArrayList;
import java.util.List;

import org.labourhub.plans.PlanContent.ActivityView;
import org.labourhub.plans.PlanContent.Node;

/**
 * Report (a), the annex of seed 003: issues | context and lines of action | calendar | status as of the cycle date,
 * grouped by the plan's top-level parts. Each issue is one row; its lines of action are listed one per line, with
 * their calendar and state of work on the same lines of the next columns.
 */
final class AnnexReport {

    private AnnexReport() {
    }

    static Report of(PlanContent content, ReportWords words) {
        var groups = new ArrayList<ReportTable.RowGroup>();
        for (Node root : content.roots()) {
            var rows = new ArrayList<List<String>>();
            if (isRow(root, true)) {
                rows.add(row(root, null, words));
            }
            for (Node child : root.children()) {
                collect(child, root, rows, words);
            }
            groups.add(new ReportTable.RowGroup(root.children().isEmpty() ? "" : root.label(words.locale), rows));
        }
        var table = new ReportTable(List.of(words.get("plans.report.annex.issue"), words.get("plans.report.annex.lines"),
                words.get("plans.report.calendar"), words.get("plans.report.statusAsOf", words.date(content.asOf()))),
                List.of(3, 5, 2, 5), groups);
        return new Report(content.plan().name().in(words.locale),
                words.get("plans.report.annex.subtitle", words.date(content.asOf())),
                List.of(ReportSection.of(words.get("plans.report.annex.title"), intro(content, words), table)));
    }

    private static ReportBlock intro(PlanContent content, ReportWords words) {
        return new ReportBlock.Paragraph(Texts.in(content.plan().sourceNote(), words.locale));
    }

    private static void collect(Node node, Node parent, List<List<String>> rows, ReportWords words) {
        if (isRow(node, false)) {
            rows.add(row(node, parent.level() == 0 ? null : parent, words));
        }
        for (Node child : node.children()) {
            collect(child, node, rows, words);
        }
    }

    /** An element is a row when it has lines of action or a state of work, or is a leaf below the top level. */
    private static boolean isRow(Node node, boolean top) {
        return !node.activities().isEmpty() || !node.updates().isEmpty() || (!top && node.children().isEmpty());
    }

    private static List<String> row(Node node, Node parentIssue, ReportWords words) {
        var loc = words.locale;
        String issue = parentIssue == null ? node.label(loc) : parentIssue.label(loc) + "\n" + node.label(loc);
        var lines = new ArrayList<String>();
        var calendar = new ArrayList<String>();
        var status = new ArrayList<String>();
        for (ActivityView a : node.activities()) {
            lines.add(a.label(loc));
            calendar.add(a.calendar().in(loc));
            status.add(a.latest().map(u -> u.text().in(loc)).orElse(words.status(a.status())));
        }
        String context = ReportWords.lines(Texts.in(node.description(), loc),
                lines.isEmpty() ? null : ReportWords.bullets(lines));
        String state = ReportWords.lines(node.latest().map(u -> u.text().in(loc)).orElse(null),
                status.stream().allMatch(String::isBlank) ? null : ReportWords.bullets(status));
        return List.of(issue, context, calendar.stream().allMatch(String::isBlank) ? "" : ReportWords.bullets(calendar), state);
    }
}
