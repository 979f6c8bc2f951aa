package org.labourhub.plans;

import org.labourhub.platform.reports.Report;
import org.labourhub.platform.reports.ReportBlock;
import org.labourhub.platform.reports.ReportSection;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.labourhub.plans.PlanContent.Node;

/**
 * Report (d), a numbered list like seed 000's section III: every element of the plan in order with the number the
 * source gives it, its text, and the latest published state of work when there is one.
 */
final class RecommendationsReport {

    private RecommendationsReport() {
    }

    static Report of(PlanContent content, ReportWords words) {
        Locale loc = words.locale;
        var items = new ArrayList<ReportBlock.NumberedList.Item>();
        int counter = 0;
        for (Node n : content.elements()) {
            counter++;
            String label = n.number() == null ? String.valueOf(counter) : n.number();
            String state = n.latest().map(u -> words.get("plans.report.asOf", words.date(u.asOf())) + " " + u.text().in(loc))
                    .orElse(null);
            String activities = n.activities().isEmpty() ? null
                    : ReportWords.bullets(n.activities().stream().map(a -> a.label(loc)).toList());
            items.add(new ReportBlock.NumberedList.Item(label,
                    ReportWords.lines(n.title().in(loc), Texts.in(n.description(), loc), activities, state)));
        }
        var blocks = new ArrayList<ReportBlock>();
        if (content.plan().description() != null) {
            blocks.add(new ReportBlock.Paragraph(content.plan().description().in(loc)));
        }
        blocks.add(new ReportBlock.NumberedList(items));
        return new Report(content.plan().name().in(loc), Texts.in(content.plan().sourceNote(), loc),
                List.of(new ReportSection(words.get("plans.report.recommendations.title"), blocks)));
    }
}
