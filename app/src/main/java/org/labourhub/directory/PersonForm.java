package org.labourhub.directory;

import org.labourhub.platform.i18n.Language;
import org.labourhub.platform.i18n.TranslatedField;
import org.springframework.validation.Errors;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The person form: position first, then the optional name and contact details. */
public class PersonForm {

    static final int PERSON_NAME_LENGTH = 200;
    static final int PHONE_LENGTH = 50;
    private static final Pattern PHONE = Pattern.compile("[0-9+()\\-. ]*");

    private String name;
    private TranslatedField position = new TranslatedField();
    private Long organisationId;
    private String country;
    private List<String> languages = new ArrayList<>();
    private String email;
    private String phone;
    private int version;

    static PersonForm of(Person p) {
        var form = new PersonForm();
        form.name = p.name();
        form.position = TranslatedField.of(p.position());
        form.organisationId = p.organisationId();
        form.country = p.countryIso2();
        form.languages = new ArrayList<>(p.languages());
        form.email = p.email();
        form.phone = p.phone();
        form.version = p.version();
        return form;
    }

    void validate(Errors errors, Countries countries, Organisations organisations) {
        FieldRules.text(errors, "name", name, PERSON_NAME_LENGTH);
        FieldRules.translated(errors, "position", position, FieldRules.NAME_LENGTH, true);
        FieldRules.country(errors, "country", country, countries, false);
        if (organisationId != null && organisations.refById(organisationId).isEmpty()) {
            errors.rejectValue("organisationId", "validation.choice");
        }
        for (String code : languages) {
            if (Language.ofCode(code).isEmpty()) {
                errors.rejectValue("languages", "validation.unknownLanguage", new Object[]{code}, null);
                break;
            }
        }
        FieldRules.email(errors, "email", email);
        if (!FieldRules.isBlank(phone) && (phone.strip().length() > PHONE_LENGTH || !PHONE.matcher(phone.strip()).matches())) {
            errors.rejectValue("phone", "directory.validation.phone");
        }
    }

    Person toPerson(Long id) {
        return new Person(id, FieldRules.orNull(name), position.toText(), organisationId, FieldRules.orNull(country),
                languages.stream().distinct().toList(), FieldRules.orNull(email), FieldRules.orNull(phone), version);
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public TranslatedField getPosition() { return position; }
    public void setPosition(TranslatedField position) { this.position = position; }
    public Long getOrganisationId() { return organisationId; }
    public void setOrganisationId(Long organisationId) { this.organisationId = organisationId; }
    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = country; }
    public List<String> getLanguages() { return languages; }
    public void setLanguages(List<String> languages) { this.languages = languages == null ? new ArrayList<>() : languages; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
