package org.labourhub.directory;

import org.labourhub.platform.i18n.Language;
import org.labourhub.platform.i18n.MultilingualText;
import org.labourhub.platform.i18n.TranslatedField;
import org.springframework.validation.Errors;

import java.util.Arrays;
import java.util.EnumMap;

/** The organisation form, for a new organisation or an existing one. */
public class OrganisationForm {

    static final int ACRONYM_LENGTH = 30;

    private String type;
    private TranslatedField acronym = new TranslatedField();
    private TranslatedField name = new TranslatedField();
    private TranslatedField description = new TranslatedField();
    private String country;
    private Long parentId;
    private String website;
    private int version;

    static OrganisationForm of(Organisation o) {
        var form = new OrganisationForm();
        form.type = o.type().name();
        form.acronym = TranslatedField.of(o.acronyms());
        form.name = TranslatedField.of(o.name());
        form.description = TranslatedField.of(o.description());
        form.country = o.countryIso2();
        form.parentId = o.parentId();
        form.website = o.website();
        form.version = o.version();
        return form;
    }

    /** Checks the input; {@code selfId} is the edited organisation's id, or null for a new one. */
    void validate(Errors errors, Countries countries, Organisations organisations, Long selfId) {
        FieldRules.choice(errors, "type", type, OrganisationType.class, true);
        if (acronym.isTooLong(ACRONYM_LENGTH)) {
            errors.rejectValue("acronym", "validation.tooLong", new Object[]{ACRONYM_LENGTH}, null);
        }
        FieldRules.translated(errors, "name", name, FieldRules.NAME_LENGTH, true);
        FieldRules.translated(errors, "description", description, FieldRules.TEXT_LENGTH, false);
        FieldRules.country(errors, "country", country, countries, false);
        FieldRules.webAddress(errors, "website", website);
        if (parentId != null) {
            if (parentId.equals(selfId)) {
                errors.rejectValue("parentId", "directory.validation.parentSelf");
            } else if (organisations.refById(parentId).isEmpty()) {
                errors.rejectValue("parentId", "validation.choice");
            }
        }
    }

    Organisation toOrganisation(Long id, String key) {
        MultilingualText names = name.toText();
        return new Organisation(id, key, OrganisationType.valueOf(type.strip()), acronyms(names.original()),
                names, description.isEmpty() ? null : description.toText(), FieldRules.orNull(country),
                parentId, FieldRules.orNull(website), version);
    }

    /**
     * The acronyms typed, or null when none is. The form asks for no original language of its own: the acronym's
     * is the name's when that language has one, else the first language that does.
     */
    private MultilingualText acronyms(Language nameOriginal) {
        if (acronym.isEmpty()) {
            return null;
        }
        Language original = !acronym.text(nameOriginal).isBlank() ? nameOriginal : Arrays.stream(Language.values())
                .filter(l -> !acronym.text(l).isBlank()).findFirst().orElseThrow();
        var forms = new EnumMap<Language, String>(Language.class);
        for (Language language : Language.values()) {
            forms.put(language, acronym.text(language));
        }
        return new MultilingualText(original, forms);
    }

    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public TranslatedField getAcronym() { return acronym; }
    public void setAcronym(TranslatedField acronym) { this.acronym = acronym; }
    public TranslatedField getName() { return name; }
    public void setName(TranslatedField name) { this.name = name; }
    public TranslatedField getDescription() { return description; }
    public void setDescription(TranslatedField description) { this.description = description; }
    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = country; }
    public Long getParentId() { return parentId; }
    public void setParentId(Long parentId) { this.parentId = parentId; }
    public String getWebsite() { return website; }
    public void setWebsite(String website) { this.website = website; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
