package org.labourhub.projects.importing.iati;

import org.labourhub.platform.i18n.MultilingualText;
import org.labourhub.projects.IatiCodelists;
import org.labourhub.projects.ImportProblem;
import org.labourhub.projects.IndicatorMeasure;
import org.labourhub.projects.Project;
import org.labourhub.projects.ResultType;

import java.util.ArrayList;
import java.util.List;

/** Checks and converts document links and results with their indicators. */
final class ResultChecker {

    private final ActivityChecker checker;
    private final ActivityDraft d;

    ResultChecker(ActivityChecker checker, ActivityDraft draft) {
        this.checker = checker;
        this.d = draft;
    }

    List<Project.DocumentLink> documents() {
        var documents = new ArrayList<Project.DocumentLink>();
        for (var doc : d.documents) {
            if (doc.url() == null || !(doc.url().startsWith("https://") || doc.url().startsWith("http://"))) {
                checker.problem(doc.at(), "document-link/@url", doc.url() == null ? "missing" : "url", doc.url());
                continue;
            }
            if (checker.limited(doc.url(), Limits.URL, doc.at(), "document-link/@url") == null
                    || checker.limited(doc.format(), Limits.FORMAT, doc.at(), "document-link/@format") == null && doc.format() != null) {
                continue;
            }
            String category = doc.category();
            if (category != null && !IatiCodelists.DOCUMENT_CATEGORY.contains(category)) {
                checker.problem(doc.at(), "document-link/category/@code", "code", category, "DocumentCategory");
                category = null;
            }
            MultilingualText title = checker.text(doc.title(), doc.at(), "document-link/title", ImportProblem.Severity.ERROR);
            if (title != null) {
                documents.add(new Project.DocumentLink(doc.url(), doc.format() == null ? "text/html" : doc.format(),
                        title, category, null));
            }
        }
        return documents;
    }

    List<Project.Result> results() {
        var results = new ArrayList<Project.Result>();
        for (var r : d.results) {
            var type = ResultType.ofCode(r.type());
            if (type.isEmpty()) {
                checker.problem(r.at(), "result/@type", r.type() == null ? "missing" : "code", r.type(), "ResultType");
            }
            MultilingualText title = checker.text(r.title(), r.at(), "result/title", ImportProblem.Severity.ERROR);
            var indicators = new ArrayList<Project.Indicator>();
            for (var i : r.indicators()) {
                var indicator = indicator(i);
                if (indicator != null) {
                    indicators.add(indicator);
                }
            }
            if (type.isPresent() && title != null) {
                results.add(new Project.Result(type.get(), title, indicators));
            }
        }
        return results;
    }

    private Project.Indicator indicator(ActivityDraft.Indicator i) {
        var measure = IndicatorMeasure.ofCode(i.measure());
        if (measure.isEmpty()) {
            checker.problem(i.at(), "indicator/@measure", i.measure() == null ? "missing" : "code", i.measure(), "IndicatorMeasure");
        }
        MultilingualText title = checker.text(i.title(), i.at(), "indicator/title", ImportProblem.Severity.ERROR);
        Integer year = null;
        if (i.baselineYear() != null) {
            if (i.baselineYear().matches("[12][0-9]{3}")) {
                year = Integer.valueOf(i.baselineYear());
            } else {
                checker.problem(i.at(), "indicator/baseline/@year", "number", i.baselineYear());
            }
        }
        var periodEnd = i.periodEnd() == null ? null : checker.values.date(i.periodEnd(), i.at(), "indicator/period/period-end/@iso-date");
        Integer periodYear = periodEnd == null ? null : periodEnd.getYear();
        if (periodYear != null && (periodYear < 1900 || periodYear > 2100)) {
            checker.problem(i.at(), "indicator/period/period-end/@iso-date", "yearRange", periodYear, 1900, 2100);
            periodYear = null;
        }
        if (measure.isEmpty() || title == null) {
            return null;
        }
        return new Project.Indicator(measure.get(), title, year,
                checker.limited(i.baselineValue(), Limits.INDICATOR_VALUE, i.at(), "indicator/baseline/@value"),
                checker.limited(i.targetValue(), Limits.INDICATOR_VALUE, i.at(), "indicator/period/target/@value"),
                checker.limited(i.actualValue(), Limits.INDICATOR_VALUE, i.at(), "indicator/period/actual/@value"), periodYear);
    }
}
