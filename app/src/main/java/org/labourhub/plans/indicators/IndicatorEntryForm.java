package org.labourhub.plans.indicators;

import org.labourhub.plans.Measure;
import org.labourhub.plans.Period;
import org.labourhub.platform.Constituency;
import org.labourhub.platform.CountryCodes;
import org.labourhub.platform.web.NumberInput;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A target or a value of an indicator for one period, as typed: the value is text until checked against the
 * indicator's measure (a number, a percentage from 0 to 100, yes or no, or free text for a qualitative indicator).
 */
class IndicatorEntryForm {

    static final int MAX_TEXT = 2000;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate periodStart;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate periodEnd;
    private String value = "";
    private String sex = "";
    private String ageGroup = "";
    private String country = "";
    private Constituency constituency;
    private String source = "";
    private String comment = "";
    private int version;

    /** Checks the entry; {@code plan} is the plan's period that targets must fall within (null when none is known). */
    void validate(Errors errors, Measure measure, Period plan, boolean target, CountryCodes countries) {
        if (periodStart == null) {
            errors.rejectValue("periodStart", "validation.required");
        }
        if (periodEnd == null) {
            errors.rejectValue("periodEnd", "validation.required");
        } else if (periodStart != null && periodEnd.isBefore(periodStart)) {
            errors.rejectValue("periodEnd", "plans.validation.endBeforeStart", new Object[]{periodStart}, null);
        } else if (target && plan != null && periodStart != null && !plan.contains(new Period(periodStart, periodEnd))) {
            errors.rejectValue("periodStart", "plans.validation.targetOutsidePlan", new Object[]{plan.start(), plan.end()}, null);
        }
        checkValue(errors, measure);
        if (!country.isBlank() && !countries.isKnown(country.strip().toUpperCase(Locale.ROOT))) {
            errors.rejectValue("country", "validation.unknownCountry", new Object[]{country}, null);
        }
        if (!sex.isBlank() && !sex.equals("FEMALE") && !sex.equals("MALE")) {
            errors.rejectValue("sex", "validation.choice");
        }
        if (ageGroup.length() > 30) {
            errors.rejectValue("ageGroup", "validation.tooLong", new Object[]{30}, null);
        }
        if (source.length() > 500) {
            errors.rejectValue("source", "validation.tooLong", new Object[]{500}, null);
        }
        if (comment.length() > MAX_TEXT) {
            errors.rejectValue("comment", "validation.tooLong", new Object[]{MAX_TEXT}, null);
        }
    }

    private void checkValue(Errors errors, Measure measure) {
        if (value.isBlank()) {
            errors.rejectValue("value", "validation.required");
            return;
        }
        switch (measure) {
            case QUALITATIVE -> {
                if (value.length() > MAX_TEXT) {
                    errors.rejectValue("value", "validation.tooLong", new Object[]{MAX_TEXT}, null);
                }
            }
            case YES_NO -> {
                if (yesNo() == null) {
                    errors.rejectValue("value", "plans.validation.yesNo", new Object[]{value}, null);
                }
            }
            case NUMBER, PERCENTAGE -> {
                BigDecimal number = number();
                if (number == null) {
                    errors.rejectValue("value", "plans.validation.notANumber", new Object[]{value}, null);
                } else {
                    measure.limits().check(number, "value", errors);
                }
            }
        }
    }

    /** The value as a number: "12,5" and "12.5" are both read; anything else is not a number. */
    BigDecimal number() {
        return NumberInput.number(value);
    }

    Boolean yesNo() {
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (v.matches("yes|sí|si|oui|sim|true|1")) {
            return true;
        }
        return v.matches("no|non|não|nao|false|0") ? false : null;
    }

    /** The amount to store: a number, 1 or 0 for yes/no, none for qualitative text. */
    BigDecimal amount(Measure measure) {
        return switch (measure) {
            case QUALITATIVE -> null;
            case YES_NO -> yesNo() ? BigDecimal.ONE : BigDecimal.ZERO;
            default -> number();
        };
    }

    /** What the audit trail keeps of the entry (see {@link AuditSummaries}): the form's values, blanks as nulls. */
    Map<String, Object> auditSummary(long indicatorId) {
        var m = new LinkedHashMap<String, Object>();
        m.put("indicatorId", indicatorId);
        m.put("period", periodStart + "/" + periodEnd);
        m.put("value", blankToNull(value));
        m.put("sex", blankToNull(sex));
        m.put("ageGroup", blankToNull(ageGroup));
        m.put("country", blankToNull(country));
        m.put("constituency", constituency == null ? null : constituency.name());
        m.put("source", blankToNull(source));
        m.put("comment", blankToNull(comment));
        return m;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    public LocalDate getPeriodStart() { return periodStart; }
    public void setPeriodStart(LocalDate periodStart) { this.periodStart = periodStart; }
    public LocalDate getPeriodEnd() { return periodEnd; }
    public void setPeriodEnd(LocalDate periodEnd) { this.periodEnd = periodEnd; }
    public String getValue() { return value; }
    public void setValue(String value) { this.value = value == null ? "" : value; }
    public String getSex() { return sex; }
    public void setSex(String sex) { this.sex = sex == null ? "" : sex; }
    public String getAgeGroup() { return ageGroup; }
    public void setAgeGroup(String ageGroup) { this.ageGroup = ageGroup == null ? "" : ageGroup; }
    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = country == null ? "" : country; }
    public Constituency getConstituency() { return constituency; }
    public void setConstituency(Constituency constituency) { this.constituency = constituency; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source == null ? "" : source; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment == null ? "" : comment; }
}
