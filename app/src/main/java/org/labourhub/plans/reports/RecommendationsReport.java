package org.labourhub.plans.reports;

import org.labourhub.plans.PlanContent.Node;
import org.labourhub.plans.PlanContent;
import org.labourhub.plans.Texts;
import org.labourhub.platform.reports.Report;
import org.labourhub.platform.reports.ReportBlock;
import org.labourhub.platform.reports.ReportSection;
import org.labourhub.platform.reports.ReportText;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
            ReportText state = n.latest().map(u -> ReportText.plain(words.get("plans.report.asOf", words.date(u.asOf())) + " ")
                    .then(words.text(u.text()))).orElse(null);
            ReportText activities = n.activities().isEmpty() ? null
                    : ReportWords.bullets(n.activities().stream().map(a -> words.label(a.number(), a.title())).toList());
            items.add(new ReportBlock.NumberedList.Item(label,
                    ReportWords.lines(words.text(n.title()), words.text(n.description()), activities, state)));
        }
        var blocks = new ArrayList<ReportBlock>();
        if (content.plan().description() != null) {
            blocks.add(new ReportBlock.Paragraph(words.text(content.plan().description())));
        }
        blocks.add(new ReportBlock.NumberedList(items));
        return new Report(content.plan().name().in(loc), Texts.in(content.plan().sourceNote(), loc),
                List.of(new ReportSection(words.get("plans.report.recommendations.title"), blocks)));
    }
}
