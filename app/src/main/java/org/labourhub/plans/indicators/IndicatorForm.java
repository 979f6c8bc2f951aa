package org.labourhub.plans.indicators;

import org.labourhub.plans.Indicators;
import org.labourhub.plans.Measure;
import org.labourhub.platform.i18n.MultilingualText;
import org.labourhub.platform.i18n.TranslatedField;
import org.springframework.validation.Errors;

import java.math.BigDecimal;

/** An indicator as typed: number, wording, measure, the baseline (checked against the measure), source and comment. */
class IndicatorForm {

    private String number = "";
    private TranslatedField name = new TranslatedField();
    private Measure measure = Measure.NUMBER;
    private String baseline = "";
    private Integer baselineYear;
    private TranslatedField source = new TranslatedField();
    private TranslatedField comment = new TranslatedField();
    private int version;

    static IndicatorForm of(Indicators.Indicator i) {
        var form = new IndicatorForm();
        form.setNumber(i.number());
        form.setName(TranslatedField.of(i.name()));
        form.setMeasure(i.measure());
        form.setBaseline(i.baseline() == null ? "" : i.baseline().stripTrailingZeros().toPlainString());
        form.setBaselineYear(i.baselineYear());
        form.setSource(i.source() == null ? new TranslatedField() : TranslatedField.of(i.source()));
        form.setComment(i.comment() == null ? new TranslatedField() : TranslatedField.of(i.comment()));
        form.setVersion(i.version());
        return form;
    }

    Indicators.Indicator applyTo(Indicators.Indicator i) {
        return new Indicators.Indicator(i.id(), i.planId(), i.elementId(), numberOrNull(), name.toText(), measure,
                baselineOrNull(), baselineYear, optional(source), optional(comment), version);
    }

    /** A new indicator on the element, as typed. */
    Indicators.Indicator toNew(long elementId) {
        return applyTo(new Indicators.Indicator(0, 0, elementId, null, null, null, null, null, null, null, 0));
    }

    String numberOrNull() {
        return number.isBlank() ? null : number.strip();
    }

    BigDecimal baselineOrNull() {
        return baseline.isBlank() ? null : baselineAmount();
    }

    private static MultilingualText optional(TranslatedField field) {
        return field.isEmpty() ? null : field.toText();
    }

    void validate(Errors errors) {
        if (number.strip().length() > 20) {
            errors.rejectValue("number", "validation.tooLong", new Object[]{20}, null);
        }
        if (!name.isComplete()) {
            errors.rejectValue("name", "validation.originalMissing");
        }
        if (!baseline.isBlank()) {
            if (measure == Measure.QUALITATIVE) {
                errors.rejectValue("baseline", "plans.validation.qualitativeBaseline");
            } else if (baselineAmount() == null) {
                errors.rejectValue("baseline", "plans.validation.notANumber", new Object[]{baseline}, null);
            } else if (measure != Measure.YES_NO) {
                measure.limits().check(baselineAmount(), "baseline", errors);
            }
        }
        checkOptional(errors, "source", source);
        checkOptional(errors, "comment", comment);
        if (baselineYear != null && (baselineYear < 1900 || baselineYear > 2100)) {
            errors.rejectValue("baselineYear", "validation.year", new Object[]{"1900", "2100"}, null);
        }
    }

    private static void checkOptional(Errors errors, String field, TranslatedField text) {
        if (!text.isEmpty() && !text.isComplete()) {
            errors.rejectValue(field, "validation.originalMissing");
        }
    }

    BigDecimal baselineAmount() {
        var entry = new IndicatorEntryForm();
        entry.setValue(baseline);
        return measure == Measure.YES_NO && entry.yesNo() != null ? entry.amount(Measure.YES_NO) : entry.number();
    }

    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number == null ? "" : number; }
    public TranslatedField getName() { return name; }
    public void setName(TranslatedField name) { this.name = name; }
    public Measure getMeasure() { return measure; }
    public void setMeasure(Measure measure) { this.measure = measure == null ? Measure.NUMBER : measure; }
    public String getBaseline() { return baseline; }
    public void setBaseline(String baseline) { this.baseline = baseline == null ? "" : baseline; }
    public TranslatedField getSource() { return source; }
    public void setSource(TranslatedField source) { this.source = source; }
    public TranslatedField getComment() { return comment; }
    public void setComment(TranslatedField comment) { this.comment = comment; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
    public Integer getBaselineYear() { return baselineYear; }
    public void setBaselineYear(Integer baselineYear) { this.baselineYear = baselineYear; }
}
