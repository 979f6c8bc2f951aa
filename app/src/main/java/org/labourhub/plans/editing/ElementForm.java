package org.labourhub.plans.editing;

import org.labourhub.plans.Elements;
import org.labourhub.platform.i18n.MultilingualText;
import org.labourhub.platform.i18n.TranslatedField;
import org.springframework.validation.Errors;

/** An element of a plan's tree as typed: its number as the source writes it, title, description and level. */
class ElementForm {

    private String number = "";
    private TranslatedField title = new TranslatedField();
    private TranslatedField description = new TranslatedField();
    private int level;
    private int version;

    static ElementForm of(Elements.Element e) {
        var form = new ElementForm();
        form.setNumber(e.number());
        form.setTitle(TranslatedField.of(e.title()));
        form.setDescription(e.description() == null ? new TranslatedField() : TranslatedField.of(e.description()));
        form.setLevel(e.level());
        form.setVersion(e.version());
        return form;
    }

    Elements.Element applyTo(Elements.Element e) {
        return new Elements.Element(e.id(), e.planId(), e.parentId(), level, numberOrNull(), title.toText(),
                descriptionOrNull(), version);
    }

    /** An edited element keeps below its parent and above its children. */
    void checkLevel(Errors errors, int lowest, int highest) {
        if (level < lowest || level > highest) {
            errors.rejectValue("level", "plans.validation.elementLevel");
        }
    }

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
    public int getLevel() { return level; }
    public void setLevel(int level) { this.level = level; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
    public TranslatedField getDescription() { return description; }
    public void setDescription(TranslatedField description) { this.description = description; }
}
