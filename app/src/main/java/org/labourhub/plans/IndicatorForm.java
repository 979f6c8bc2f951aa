package org.labourhub.plans;

import org.labourhub.platform.i18n.TranslatedField;
import org.springframework.validation.Errors;

import java.math.BigDecimal;

/** A new indicator on an element: number, wording, measure and the baseline (checked against the measure). */
class IndicatorForm {

    private String number = "";
    private TranslatedField name = new TranslatedField();
    private Measure measure = Measure.NUMBER;
    private String baseline = "";
    private Integer baselineYear;

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
            }
        }
        if (baselineYear != null && (baselineYear < 1900 || baselineYear > 2100)) {
            errors.rejectValue("baselineYear", "validation.year", new Object[]{"1900", "2100"}, null);
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
    public Integer getBaselineYear() { return baselineYear; }
    public void setBaselineYear(Integer baselineYear) { this.baselineYear = baselineYear; }
}
