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
            var rows = new ArrayList<List<ReportText>>();
            if (isRow(root, true)) {
                rows.add(row(root, null, words));
            }
            for (Node child : root.children()) {
                collect(child, root, rows, words);
            }
            groups.add(new ReportTable.RowGroup(root.children().isEmpty() ? ReportText.EMPTY : label(root, words), rows));
        }
        var table = new ReportTable(List.of(words.get("plans.report.annex.issue"), words.get("plans.report.annex.lines"),
                words.get("plans.report.calendar"), words.get("plans.report.statusAsOf", words.date(content.asOf()))),
                List.of(3, 5, 2, 5), groups);
        return new Report(content.plan().name().in(words.locale),
                words.get("plans.report.annex.subtitle", words.date(content.asOf())),
                List.of(ReportSection.of(words.get("plans.report.annex.title"), intro(content, words), table)));
    }

    private static ReportBlock intro(PlanContent content, ReportWords words) {
        return new ReportBlock.Paragraph(words.text(content.plan().sourceNote()));
    }

    private static void collect(Node node, Node parent, List<List<ReportText>> rows, ReportWords words) {
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

    private static List<ReportText> row(Node node, Node parentIssue, ReportWords words) {
        ReportText issue = parentIssue == null ? label(node, words)
                : ReportWords.lines(label(parentIssue, words), label(node, words));
        var lines = new ArrayList<ReportText>();
        var calendar = new ArrayList<ReportText>();
        var status = new ArrayList<ReportText>();
        for (ActivityView a : node.activities()) {
            lines.add(words.label(a.number(), a.title()));
            calendar.add(words.calendar(a.calendar()));
            status.add(a.latest().map(u -> words.text(u.text())).orElse(ReportText.plain(words.status(a.status()))));
        }
        ReportText context = ReportWords.lines(words.text(node.description()),
                lines.isEmpty() ? null : ReportWords.bullets(lines));
        ReportText state = ReportWords.lines(node.latest().map(u -> words.text(u.text())).orElse(null),
                status.stream().allMatch(ReportText::isBlank) ? null : ReportWords.bullets(status));
        return List.of(issue, context,
                calendar.stream().allMatch(ReportText::isBlank) ? ReportText.EMPTY : ReportWords.bullets(calendar), state);
    }

    private static ReportText label(Node node, ReportWords words) {
        return words.label(node.number(), node.title());
    }
}
