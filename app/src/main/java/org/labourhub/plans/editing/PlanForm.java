package org.labourhub.plans.editing;

import org.labourhub.plans.Period;
import org.labourhub.plans.PlanKind;
import org.labourhub.plans.PlanOfAction;
import org.labourhub.plans.PlanStatus;
import org.labourhub.platform.i18n.Language;
import org.labourhub.platform.i18n.MultilingualText;
import org.labourhub.platform.i18n.TranslatedField;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What the secretariat types to create or change a plan. Level names are one per line in the name's original
 * language; a line that matches an existing level keeps that level's translations.
 */
class PlanForm {

    private String key = "";
    private TranslatedField name = new TranslatedField();
    private PlanKind kind = PlanKind.PLAN_OF_ACTION;
    private PlanStatus status = PlanStatus.DRAFT;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate periodStart;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate periodEnd;
    private String levels = "";
    private int version;

    static PlanForm of(PlanOfAction p) {
        var form = new PlanForm();
        form.key = p.key();
        form.name = TranslatedField.of(p.name());
        form.kind = p.kind();
        form.status = p.status();
        form.periodStart = p.period() == null ? null : p.period().start();
        form.periodEnd = p.period() == null ? null : p.period().end();
        form.levels = String.join("\n", p.levels().stream().map(l -> l.in(p.name().original())).toList());
        form.version = p.version();
        return form;
    }

    void validate(Errors errors, boolean creating) {
        if (creating && !key.strip().matches("[a-z0-9][a-z0-9-]{0,79}")) {
            errors.rejectValue("key", "plans.validation.key");
        }
        if (!name.isComplete()) {
            errors.rejectValue("name", "validation.originalMissing");
        } else if (name.isTooLong(500)) {
            errors.rejectValue("name", "validation.tooLong", new Object[]{500}, null);
        }
        if ((periodStart == null) != (periodEnd == null)) {
            errors.rejectValue(periodStart == null ? "periodStart" : "periodEnd", "plans.validation.periodBothOrNone");
        } else if (periodStart != null && periodEnd.isBefore(periodStart)) {
            errors.rejectValue("periodEnd", "plans.validation.endBeforeStart", new Object[]{periodStart}, null);
        }
        if (lines().isEmpty()) {
            errors.rejectValue("levels", "plans.validation.levels");
        }
    }

    PlanOfAction toPlan(Long id, PlanOfAction before) {
        MultilingualText text = name.toText();
        Language original = text.original();
        var named = new ArrayList<MultilingualText>();
        for (String line : lines()) {
            named.add(before == null ? MultilingualText.of(original, line) : before.levels().stream()
                    .filter(l -> line.equals(l.in(original))).findFirst().orElse(MultilingualText.of(original, line)));
        }
        return new PlanOfAction(id, before == null ? key.strip() : before.key(), text,
                before == null ? null : before.description(), before == null ? null : before.sourceNote(), kind, status,
                periodStart == null ? null : new Period(periodStart, periodEnd), named, version);
    }

    private List<String> lines() {
        return Arrays.stream(levels.split("\n")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    public String getKey() { return key; }
    public void setKey(String key) { this.key = key == null ? "" : key; }
    public TranslatedField getName() { return name; }
    public void setName(TranslatedField name) { this.name = name; }
    public PlanKind getKind() { return kind; }
    public void setKind(PlanKind kind) { this.kind = kind; }
    public PlanStatus getStatus() { return status; }
    public void setStatus(PlanStatus status) { this.status = status; }
    public LocalDate getPeriodStart() { return periodStart; }
    public void setPeriodStart(LocalDate periodStart) { this.periodStart = periodStart; }
    public LocalDate getPeriodEnd() { return periodEnd; }
    public void setPeriodEnd(LocalDate periodEnd) { this.periodEnd = periodEnd; }
    public String getLevels() { return levels; }
    public void setLevels(String levels) { this.levels = levels == null ? "" : levels; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
