package org.labourhub.plans;

import org.labourhub.platform.reports.Report;
import org.labourhub.platform.reports.ReportSection;
import org.labourhub.platform.reports.ReportTable;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.labourhub.plans.PlanContent.ActivityView;
import org.labourhub.plans.PlanContent.IndicatorView;
import org.labourhub.plans.PlanContent.Node;

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
                : words.get("plans.report.results.subtitle", p.start().getYear(), p.end().getYear(), words.date(content.asOf()));
    }

    private static ReportTable indicators(PlanContent content, ReportWords words) {
        var groups = new ArrayList<ReportTable.RowGroup>();
        var figures = new IndicatorFigures(words);
        for (Node result : content.roots()) {
            var rows = new ArrayList<List<String>>();
            var under = new ArrayList<Node>();
            walk(result, under);
            for (Node n : under) {
                for (IndicatorView i : n.indicators()) {
                    rows.add(List.of(i.label(words.locale), figures.baseline(i), figures.targets(i), figures.values(i)));
                }
            }
            groups.add(new ReportTable.RowGroup(result.label(words.locale), rows));
        }
        return new ReportTable(List.of(words.get("plans.report.results.indicator"), words.get("plans.indicator.baseline"),
                words.get("plans.indicator.targets"), words.get("plans.indicator.values")), List.of(6, 2, 2, 3), groups);
    }

    private static ReportTable operational(PlanContent content, ReportWords words) {
        Locale loc = words.locale;
        var groups = new ArrayList<ReportTable.RowGroup>();
        for (Node result : content.roots()) {
            var rows = new ArrayList<List<String>>();
            var under = new ArrayList<Node>();
            walk(result, under);
            for (Node product : under) {
                List<ActivityView> acts = product.activities();
                if (acts.isEmpty()) {
                    continue;
                }
                rows.add(List.of(product.label(loc), ReportWords.bullets(acts.stream().map(a -> a.label(loc)).toList()),
                        ReportWords.bullets(acts.stream().map(a -> a.responsibleLabels(loc)).toList()),
                        ReportWords.bullets(acts.stream().map(a -> Texts.in(a.resourcesAvailable(), loc)).toList()),
                        ReportWords.bullets(acts.stream().map(a -> Texts.in(a.resourcesMissing(), loc)).toList())));
            }
            groups.add(new ReportTable.RowGroup(result.label(loc), rows));
        }
        return new ReportTable(List.of(words.get("plans.report.results.product"), words.get("plans.report.results.activities"),
                words.get("plans.activity.responsible"), words.get("plans.activity.resourcesAvailable"),
                words.get("plans.activity.resourcesMissing")), List.of(3, 5, 2, 3, 3), groups);
    }

    private static ReportTable descriptions(PlanContent content, ReportWords words) {
        var rows = new ArrayList<List<String>>();
        for (Node n : content.elements()) {
            rows.add(List.of(n.label(words.locale), Texts.in(n.description(), words.locale)));
        }
        return new ReportTable(List.of(words.get("plans.report.results.result"), words.get("plans.element.description")),
                List.of(2, 5), List.of(new ReportTable.RowGroup("", rows)));
    }

    private static void walk(Node node, List<Node> into) {
        into.add(node);
        node.children().forEach(c -> walk(c, into));
    }
}
