package org.labourhub.plans.reporting;

import org.labourhub.plans.ActivityStatus;
import org.labourhub.platform.i18n.Language;
import org.labourhub.platform.i18n.MultilingualText;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

import java.time.LocalDate;

/** A progress update as a focal point or an organ writes it, in its own language. */
class UpdateForm {

    static final int MAX_TEXT = 4000;
    /** Before the oldest plans LabourHub keeps (the seeds start in 2000); an earlier "as of" is a typing mistake. */
    static final LocalDate EARLIEST = LocalDate.of(1950, 1, 1);

    private Long cycleId;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate asOf;
    private String text = "";
    private String language = "en";
    private ActivityStatus status;

    /** The "as of" date lies from 1950 to one year after today: a cycle may ask ahead, a later date is a mistake. */
    void validate(Errors errors, LocalDate today) {
        if (asOf == null) {
            errors.rejectValue("asOf", "validation.required");
        } else if (asOf.isBefore(EARLIEST) || asOf.isAfter(today.plusYears(1))) {
            errors.rejectValue("asOf", "plans.validation.asOfRange", new Object[]{EARLIEST, today.plusYears(1)}, null);
        }
        if (text.isBlank()) {
            errors.rejectValue("text", "validation.required");
        } else if (text.length() > MAX_TEXT) {
            errors.rejectValue("text", "validation.tooLong", new Object[]{MAX_TEXT}, null);
        }
        if (Language.ofCode(language).isEmpty()) {
            errors.rejectValue("language", "validation.unknownLanguage", new Object[]{language}, null);
        }
        if (status == null) {
            errors.rejectValue("status", "validation.choice");
        }
    }

    MultilingualText toText() {
        return MultilingualText.of(Language.ofCode(language).orElseThrow(), text);
    }

    public Long getCycleId() { return cycleId; }
    public void setCycleId(Long cycleId) { this.cycleId = cycleId; }
    public LocalDate getAsOf() { return asOf; }
    public void setAsOf(LocalDate asOf) { this.asOf = asOf; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text == null ? "" : text; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language == null ? "" : language; }
    public ActivityStatus getStatus() { return status; }
    public void setStatus(ActivityStatus status) { this.status = status; }
}
