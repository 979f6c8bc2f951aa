package org.labourhub.plans;

import org.labourhub.platform.i18n.MultilingualText;
import org.labourhub.platform.i18n.TranslatedField;
import org.springframework.validation.Errors;

/** A new element of a plan's tree: its number as the source writes it, its title and description. */
class ElementForm {

    private String number = "";
    private TranslatedField title = new TranslatedField();
    private TranslatedField description = new TranslatedField();

    void validate(Errors errors) {
        if (number.strip().length() > 20) {
            errors.rejectValue("number", "validation.tooLong", new Object[]{20}, null);
        }
        if (!title.isComplete()) {
            errors.rejectValue("title", "validation.originalMissing");
        } else if (title.isTooLong(2000)) {
            errors.rejectValue("title", "validation.tooLong", new Object[]{2000}, null);
        }
        if (!description.isEmpty() && !description.isComplete()) {
            errors.rejectValue("description", "validation.originalMissing");
        }
    }

    String numberOrNull() {
        return number.isBlank() ? null : number.strip();
    }

    MultilingualText descriptionOrNull() {
        return description.isEmpty() ? null : description.toText();
    }

    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number == null ? "" : number; }
    public TranslatedField getTitle() { return title; }
    public void setTitle(TranslatedField title) { this.title = title; }
    public TranslatedField getDescription() { return description; }
    public void setDescription(TranslatedField description) { this.description = description; }
}
