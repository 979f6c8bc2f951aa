package org.labourhub.plans;

import org.labourhub.platform.reports.ReportText;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.stream.Collectors;

import org.labourhub.plans.PlanContent.IndicatorView;
import org.labourhub.plans.PlanContent.PeriodValue;

/** An indicator's baseline, targets and values written for a reader: numbers in their locale, yes/no in words. */
final class IndicatorFigures {

    private final ReportWords words;
    private final NumberFormat numbers;

    IndicatorFigures(ReportWords words) {
        this.words = words;
        this.numbers = NumberFormat.getNumberInstance(words.locale);
        this.numbers.setMaximumFractionDigits(2);
    }

    ReportText baseline(IndicatorView i) {
        ReportText text = i.baselineText() != null ? words.text(i.baselineText())
                : ReportText.plain(amount(i.measure(), i.baseline()));
        return i.baselineYear() == null || text.isBlank() ? text : text.then(ReportText.plain(" (" + i.baselineYear() + ")"));
    }

    String targets(IndicatorView i) {
        return periods(i, i.targets());
    }

    String values(IndicatorView i) {
        return periods(i, i.values());
    }

    private String periods(IndicatorView i, List<PeriodValue> values) {
        return values.stream().map(v -> v.period() + ": " + value(i.measure(), v) + disaggregation(v))
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
            case PERCENTAGE -> numbers.format(amount) + " %";
            case YES_NO -> words.get(amount.signum() == 0 ? "form.no" : "form.yes");
            default -> numbers.format(amount);
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
