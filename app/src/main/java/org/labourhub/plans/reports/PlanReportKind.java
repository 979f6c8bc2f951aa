package org.labourhub.plans.reports;

import org.labourhub.plans.PlanContent;
import org.labourhub.plans.PlanKind;
import org.labourhub.platform.reports.Report;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.BiFunction;

/** The four generated reports, each named by a stable English path segment. */
public enum PlanReportKind {
    ANNEX("annex", AnnexReport::of),
    WORK_PLAN("work-plan", WorkPlanReport::of),
    RESULTS("results", ResultsReport::of),
    RECOMMENDATIONS("recommendations", RecommendationsReport::of);

    private final String path;
    private final BiFunction<PlanContent, ReportWords, Report> builder;

    PlanReportKind(String path, BiFunction<PlanContent, ReportWords, Report> builder) {
        this.path = path;
        this.builder = builder;
    }

    public String path() {
        return path;
    }

    public Report build(PlanContent content, ReportWords words) {
        return builder.apply(content, words);
    }

    static Optional<PlanReportKind> ofPath(String path) {
        return Arrays.stream(values()).filter(k -> k.path.equals(path)).findFirst();
    }

    /** The report that reads like the plan's source document. */
    public static PlanReportKind suitedTo(PlanKind kind) {
        return switch (kind) {
            case IMPLEMENTATION_PLAN, PLAN_OF_ACTION -> ANNEX;
            case WORK_PLAN -> WORK_PLAN;
            case STRATEGIC_PLAN, OPERATIONAL_PLAN -> RESULTS;
            case RECOMMENDATIONS -> RECOMMENDATIONS;
        };
    }
}
