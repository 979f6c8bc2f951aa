package org.labourhub.plans;

import org.labourhub.platform.i18n.Language;
import org.labourhub.platform.i18n.MultilingualText;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

import java.time.LocalDate;

/** A progress update as a focal point or an organ writes it, in its own language. */
class UpdateForm {

    static final int MAX_TEXT = 4000;

    private Long cycleId;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate asOf;
    private String text = "";
    private String language = "en";
    private ActivityStatus status;

    void validate(Errors errors) {
        if (asOf == null) {
            errors.rejectValue("asOf", "validation.required");
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
