package org.labourhub.plans.reports;

import org.labourhub.plans.Period;
import org.labourhub.plans.PlanContent.ActivityView;
import org.labourhub.plans.PlanContent.IndicatorView;
import org.labourhub.plans.PlanContent.Node;
import org.labourhub.plans.PlanContent;
import org.labourhub.platform.reports.Report;
import org.labourhub.platform.reports.ReportSection;
import org.labourhub.platform.reports.ReportTable;
import org.labourhub.platform.reports.ReportText;

import java.util.ArrayList;
import java.util.List;

/**
 * Report (c), seed 001's tables: results and their indicators (baseline, targets, values), and the operational
 * plan (product, activities, responsible, resources available, resources missing). A plan with neither indicators
 * nor activities is shown as its results and their descriptions.
 */
final class ResultsReport {

    private ResultsReport() {
    }

    static Report of(PlanContent content, ReportWords words) {
        var sections = new ArrayList<ReportSection>();
        List<Node> all = content.elements();
        if (all.stream().anyMatch(n -> !n.indicators().isEmpty())) {
            sections.add(ReportSection.of(words.get("plans.report.results.indicators"), indicators(content, words)));
        }
        if (all.stream().anyMatch(n -> !n.activities().isEmpty())) {
            sections.add(ReportSection.of(words.get("plans.report.results.operational"), operational(content, words)));
        }
        if (sections.isEmpty()) {
            sections.add(ReportSection.of(words.get("plans.report.results.results"), descriptions(content, words)));
        }
        return new Report(content.plan().name().in(words.locale), subtitle(content, words), sections);
    }

    private static String subtitle(PlanContent content, ReportWords words) {
        Period p = content.plan().period();
        return p == null ? words.get("plans.report.results.subtitle.noPeriod", words.date(content.asOf()))
                : words.get("plans.report.results.subtitle", words.formats.years(p.start(), p.end()), words.date(content.asOf()));
    }

    private static ReportTable indicators(PlanContent content, ReportWords words) {
        var groups = new ArrayList<ReportTable.RowGroup>();
        var figures = new IndicatorFigures(words);
        for (Node result : content.roots()) {
            var rows = new ArrayList<List<ReportText>>();
            var under = new ArrayList<Node>();
            walk(result, under);
            for (Node n : under) {
                for (IndicatorView i : n.indicators()) {
                    rows.add(List.of(words.label(i.number(), i.name()), figures.baseline(i),
                            ReportText.plain(figures.targets(i)), ReportText.plain(figures.values(i))));
                }
            }
            groups.add(new ReportTable.RowGroup(words.label(result.number(), result.title()), rows));
        }
        return new ReportTable(List.of(words.get("plans.report.results.indicator"), words.get("plans.indicator.baseline"),
                words.get("plans.indicator.targets"), words.get("plans.indicator.values")), List.of(6, 2, 2, 3), groups);
    }

    private static ReportTable operational(PlanContent content, ReportWords words) {
        var groups = new ArrayList<ReportTable.RowGroup>();
        for (Node result : content.roots()) {
            var rows = new ArrayList<List<ReportText>>();
            var under = new ArrayList<Node>();
            walk(result, under);
            for (Node product : under) {
                List<ActivityView> acts = product.activities();
                if (acts.isEmpty()) {
                    continue;
                }
                rows.add(List.of(words.label(product.number(), product.title()),
                        ReportWords.bullets(acts.stream().map(a -> words.label(a.number(), a.title())).toList()),
                        ReportWords.bullets(acts.stream().map(a -> ReportText.plain(a.responsibleLabels(words.locale))).toList()),
                        ReportWords.bullets(acts.stream().map(a -> words.text(a.resourcesAvailable())).toList()),
                        ReportWords.bullets(acts.stream().map(a -> words.text(a.resourcesMissing())).toList())));
            }
            groups.add(new ReportTable.RowGroup(words.label(result.number(), result.title()), rows));
        }
        return new ReportTable(List.of(words.get("plans.report.results.product"), words.get("plans.report.results.activities"),
                words.get("plans.activity.responsible"), words.get("plans.activity.resourcesAvailable"),
                words.get("plans.activity.resourcesMissing")), List.of(3, 5, 2, 3, 3), groups);
    }

    private static ReportTable descriptions(PlanContent content, ReportWords words) {
        var rows = new ArrayList<List<ReportText>>();
        for (Node n : content.elements()) {
            rows.add(List.of(words.label(n.number(), n.title()), words.text(n.description())));
        }
        return new ReportTable(List.of(words.get("plans.report.results.result"), words.get("plans.element.description")),
                List.of(2, 5), List.of(new ReportTable.RowGroup(ReportText.EMPTY, rows)));
    }

    private static void walk(Node node, List<Node> into) {
        into.add(node);
        node.children().forEach(c -> walk(c, into));
    }
}
