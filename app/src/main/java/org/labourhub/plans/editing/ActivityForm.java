package org.labourhub.plans.editing;

import org.labourhub.plans.Activity;
import org.labourhub.plans.ActivityStatus;
import org.labourhub.plans.Calendar;
import org.labourhub.plans.CalendarKind;
import org.labourhub.platform.TerritoryCode;
import org.labourhub.platform.i18n.MultilingualText;
import org.labourhub.platform.i18n.TranslatedField;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

import java.time.LocalDate;
import java.util.List;

/** What the secretariat types to change an activity; the version guards against overwriting someone else's edit. */
class ActivityForm {

    static final int MAX_TEXT = 4000;
    static final int MAX_TERRITORIES = 500;

    private String number = "";
    private TranslatedField title = new TranslatedField();
    private TranslatedField calendarText = new TranslatedField();
    private CalendarKind calendarKind = CalendarKind.TEXT;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate start;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate end;
    private ActivityStatus status;
    private TranslatedField resourcesAvailable = new TranslatedField();
    private TranslatedField resourcesMissing = new TranslatedField();
    private String projectRef = "";
    private List<String> responsible = List.of();
    private String territories = "";
    private int version;

    static ActivityForm of(Activity a) {
        var form = new ActivityForm();
        form.number = a.number() == null ? "" : a.number();
        form.title = TranslatedField.of(a.title());
        form.calendarText = TranslatedField.of(a.calendar().text());
        form.calendarKind = a.calendar().kind();
        form.start = a.calendar().start();
        form.end = a.calendar().end();
        form.status = a.status();
        form.resourcesAvailable = TranslatedField.of(a.resourcesAvailable());
        form.resourcesMissing = TranslatedField.of(a.resourcesMissing());
        form.projectRef = a.projectRef() == null ? "" : a.projectRef();
        form.version = a.version();
        return form;
    }

    /** Attaches each problem to its field as a message key. */
    void validate(Errors errors) {
        if (number.length() > 20) {
            errors.rejectValue("number", "validation.tooLong", new Object[]{20}, null);
        }
        if (!title.isComplete()) {
            errors.rejectValue("title", "validation.originalMissing");
        }
        for (String field : new String[]{"title", "calendarText", "resourcesAvailable", "resourcesMissing"}) {
            if (translated(field).isTooLong(MAX_TEXT)) {
                errors.rejectValue(field, "validation.tooLong", new Object[]{MAX_TEXT}, null);
            }
            if (!translated(field).isEmpty() && !translated(field).isComplete() && !"title".equals(field)) {
                errors.rejectValue(field, "validation.originalMissing");
            }
        }
        if (start != null && end != null && end.isBefore(start)) {
            errors.rejectValue("end", "plans.validation.endBeforeStart", new Object[]{start}, null);
        }
        var typed = TerritoryCode.list(territories);
        if (!typed.refused().isEmpty()) {
            errors.rejectValue("territories", "plans.activity.territoryInvalid", new Object[]{typed.refused().get(0)}, null);
        } else if (typed.codes().size() > MAX_TERRITORIES) {
            errors.rejectValue("territories", "plans.activity.territoriesTooMany", new Object[]{MAX_TERRITORIES}, null);
        }
        if (projectRef.strip().length() > Activity.MAX_PROJECT_REF) {
            errors.rejectValue("projectRef", "validation.tooLong", new Object[]{Activity.MAX_PROJECT_REF}, null);
        }
    }

    List<TerritoryCode> territoryCodes() {
        return TerritoryCode.list(territories).codes();
    }

    Activity applyTo(Activity a) {
        return new Activity(a.id(), a.planId(), a.elementId(), number.isBlank() ? null : number.strip(), title.toText(),
                a.description(), new Calendar(optional(calendarText), calendarKind, start, end), status,
                a.constituency(), optional(resourcesAvailable), optional(resourcesMissing), a.carriedOut(), a.planned(),
                projectRef.isBlank() ? null : projectRef.strip(), version);
    }

    /** A new activity under an element, from what was typed. */
    Activity toNew(long planId, long elementId) {
        return new Activity(null, planId, elementId, number.isBlank() ? null : number.strip(), title.toText(), null,
                new Calendar(optional(calendarText), calendarKind, start, end), status, null,
                optional(resourcesAvailable), optional(resourcesMissing), null, null,
                projectRef.isBlank() ? null : projectRef.strip(), 0);
    }

    private static MultilingualText optional(TranslatedField field) {
        return field.isEmpty() ? null : field.toText();
    }

    private TranslatedField translated(String field) {
        return switch (field) {
            case "title" -> title;
            case "calendarText" -> calendarText;
            case "resourcesAvailable" -> resourcesAvailable;
            default -> resourcesMissing;
        };
    }

    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number == null ? "" : number; }
    public TranslatedField getTitle() { return title; }
    public void setTitle(TranslatedField title) { this.title = title; }
    public TranslatedField getCalendarText() { return calendarText; }
    public void setCalendarText(TranslatedField calendarText) { this.calendarText = calendarText; }
    public CalendarKind getCalendarKind() { return calendarKind; }
    public void setCalendarKind(CalendarKind calendarKind) { this.calendarKind = calendarKind == null ? CalendarKind.TEXT : calendarKind; }
    public LocalDate getStart() { return start; }
    public void setStart(LocalDate start) { this.start = start; }
    public LocalDate getEnd() { return end; }
    public void setEnd(LocalDate end) { this.end = end; }
    public ActivityStatus getStatus() { return status; }
    public void setStatus(ActivityStatus status) { this.status = status; }
    public TranslatedField getResourcesAvailable() { return resourcesAvailable; }
    public void setResourcesAvailable(TranslatedField resourcesAvailable) { this.resourcesAvailable = resourcesAvailable; }
    public TranslatedField getResourcesMissing() { return resourcesMissing; }
    public void setResourcesMissing(TranslatedField resourcesMissing) { this.resourcesMissing = resourcesMissing; }
    public String getProjectRef() { return projectRef; }
    public void setProjectRef(String projectRef) { this.projectRef = projectRef == null ? "" : projectRef; }
    /** The organisations (ids) and networks ("network:key") chosen as responsible, in order: the first leads. */
    public List<String> getResponsible() { return responsible; }
    public void setResponsible(List<String> responsible) {
        this.responsible = responsible == null ? List.of()
                : responsible.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).distinct().toList();
    }
    /** The territories worked in, as ISO 3166-2 style codes typed with commas between them. */
    public String getTerritories() { return territories; }
    public void setTerritories(String territories) { this.territories = territories == null ? "" : territories; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
