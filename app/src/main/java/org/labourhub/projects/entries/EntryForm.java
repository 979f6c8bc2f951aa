package org.labourhub.projects.entries;

import org.labourhub.platform.TerritoryCode;
import org.labourhub.platform.i18n.TranslatedField;
import org.labourhub.platform.web.DateInput;
import org.labourhub.platform.web.NumberInput;
import org.labourhub.projects.Money;
import org.labourhub.projects.Theme;
import org.springframework.validation.Errors;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A country's own entry as its form edits it: the essentials of a national cooperation activity. */
public class EntryForm {

    private String country = "";
    private TranslatedField title = new TranslatedField();
    private TranslatedField description = new TranslatedField();
    private String status = "";
    private String plannedStart = "";
    private String plannedEnd = "";
    private Set<String> themes = new LinkedHashSet<>();
    private String modality = "";
    private String funder = "";
    private String budget = "";
    private String currency = "USD";
    private String territories = "";
    private int version;

    /** Checks the input, reporting each problem on its field with a message key of the projects bundle. */
    void validate(Errors errors) {
        if (!title.isComplete()) {
            errors.rejectValue("title.original", "projects.entry.error.title");
        }
        if (title.isTooLong(500) || description.isTooLong(20_000)) {
            errors.rejectValue("title.original", "projects.entry.error.tooLong");
        }
        LocalDate start = date(plannedStart, "plannedStart", errors);
        LocalDate end = date(plannedEnd, "plannedEnd", errors);
        if (start != null && end != null && end.isBefore(start)) {
            errors.rejectValue("plannedEnd", "projects.entry.error.dateOrder");
        }
        if (!budget.isBlank()) {
            BigDecimal amount = NumberInput.number(budget);
            if (amount == null) {
                errors.rejectValue("budget", "projects.entry.error.amount");
            } else {
                NumberInput.MONEY.check(amount, "budget", errors);
            }
            if (!Money.isCurrency(currency)) {
                errors.rejectValue("currency", "projects.entry.error.currency");
            }
            if (start == null || end == null) {
                errors.rejectValue("budget", "projects.entry.error.budgetNeedsDates");
            }
        }
        themes.stream().filter(t -> !Theme.isKnown(t)).findFirst()
                .ifPresent(t -> errors.rejectValue("themes", "projects.entry.error.theme", new Object[]{t}, null));
        var typed = TerritoryCode.list(territories);
        if (!typed.refused().isEmpty()) {
            errors.rejectValue("territories", "projects.entry.error.territory", new Object[]{typed.refused().get(0)}, null);
        } else if (!country.isBlank()) {
            typed.codes().stream().filter(c -> !c.country().equals(country)).findFirst().ifPresent(c -> errors.rejectValue(
                    "territories", "projects.entry.error.territoryCountry", new Object[]{c.value(), country}, null));
        }
        if (funder.length() > 300) {
            errors.rejectValue("funder", "projects.entry.error.tooLong");
        }
    }

    private static LocalDate date(String text, String field, Errors errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        LocalDate date = DateInput.parse(text);
        if (date == null) {
            errors.rejectValue(field, "projects.entry.error.date");
        }
        return date;
    }

    List<TerritoryCode> territoryCodes() {
        return TerritoryCode.list(territories).codes();
    }

    LocalDate start() {
        return DateInput.parse(plannedStart);
    }

    LocalDate end() {
        return DateInput.parse(plannedEnd);
    }

    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = country == null ? "" : country.strip().toUpperCase(java.util.Locale.ROOT); }
    public TranslatedField getTitle() { return title; }
    public void setTitle(TranslatedField title) { this.title = title; }
    public TranslatedField getDescription() { return description; }
    public void setDescription(TranslatedField description) { this.description = description; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status == null ? "" : status; }
    public String getPlannedStart() { return plannedStart; }
    public void setPlannedStart(String plannedStart) { this.plannedStart = plannedStart == null ? "" : plannedStart; }
    public String getPlannedEnd() { return plannedEnd; }
    public void setPlannedEnd(String plannedEnd) { this.plannedEnd = plannedEnd == null ? "" : plannedEnd; }
    public Set<String> getThemes() { return themes; }
    public void setThemes(Set<String> themes) { this.themes = themes == null ? new LinkedHashSet<>() : themes; }
    public String getModality() { return modality; }
    public void setModality(String modality) { this.modality = modality == null ? "" : modality; }
    public String getFunder() { return funder; }
    public void setFunder(String funder) { this.funder = funder == null ? "" : funder.strip(); }
    public String getBudget() { return budget; }
    public void setBudget(String budget) { this.budget = budget == null ? "" : budget; }
    public String getCurrency() { return currency; }
    public void setCurrency(String currency) { this.currency = currency == null ? "" : currency.strip().toUpperCase(java.util.Locale.ROOT); }
    public String getTerritories() { return territories; }
    public void setTerritories(String territories) { this.territories = territories == null ? "" : territories; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
