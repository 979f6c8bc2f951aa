package org.labourhub.plans.reports;

import org.labourhub.plans.Measure;
import org.labourhub.plans.PlanContent.IndicatorView;
import org.labourhub.plans.PlanContent.PeriodValue;
import org.labourhub.platform.reports.ReportText;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/** An indicator's baseline, targets and values written for a reader: numbers in their locale, yes/no in words. */
final class IndicatorFigures {

    private final ReportWords words;

    IndicatorFigures(ReportWords words) {
        this.words = words;
    }

    ReportText baseline(IndicatorView i) {
        ReportText text = i.baselineText() != null ? words.text(i.baselineText())
                : ReportText.plain(amount(i.measure(), i.baseline()));
        return i.baselineYear() == null || text.isBlank() ? text : text.then(ReportText.plain(" (" + words.formats.year(i.baselineYear()) + ")"));
    }

    String targets(IndicatorView i) {
        return periods(i, i.targets());
    }

    String values(IndicatorView i) {
        return periods(i, i.values());
    }

    private String periods(IndicatorView i, List<PeriodValue> values) {
        return values.stream().map(v -> v.period(words.formats) + ": " + value(i.measure(), v) + disaggregation(v))
                .collect(Collectors.joining("\n"));
    }

    private String value(Measure measure, PeriodValue v) {
        return v.amount() == null ? (v.text() == null ? "" : v.text()) : amount(measure, v.amount());
    }

    String amount(Measure measure, BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        return switch (measure) {
            case PERCENTAGE -> words.formats.percent(amount);
            case YES_NO -> words.get(amount.signum() == 0 ? "form.no" : "form.yes");
            default -> words.formats.number(amount);
        };
    }

    private String disaggregation(PeriodValue v) {
        if (!v.isDisaggregated()) {
            return "";
        }
        var parts = new java.util.ArrayList<String>();
        if (v.sex() != null) {
            parts.add(words.get("plans.sex." + v.sex()));
        }
        if (v.ageGroup() != null) {
            parts.add(v.ageGroup());
        }
        if (v.country() != null) {
            parts.add(v.country());
        }
        if (v.constituency() != null) {
            parts.add(words.get("constituency." + v.constituency()));
        }
        return " (" + String.join(", ", parts) + ")";
    }
}
