package org.labourhub.directory;

import org.labourhub.platform.i18n.TranslatedField;
import org.springframework.validation.Errors;

import java.util.List;

/**
 * The country profile form: a summary in up to four languages and the country's ministry of labour. A focal point's
 * form may be opened on its pending change ({@code revision}, whose version it then carries) rather than on the
 * published profile.
 */
public class CountryProfileForm {

    private TranslatedField summary = new TranslatedField();
    private Long labourMinistryId;
    private int version;
    private Long revision;

    static CountryProfileForm of(CountryProfile profile) {
        var form = new CountryProfileForm();
        form.summary = TranslatedField.of(profile.summary());
        form.labourMinistryId = profile.labourMinistryId();
        form.version = profile.version();
        return form;
    }

    static CountryProfileForm of(CountryRevision change) {
        var form = new CountryProfileForm();
        form.summary = TranslatedField.of(change.summary());
        form.labourMinistryId = change.labourMinistryId();
        form.version = change.version();
        form.revision = change.id();
        return form;
    }

    /** Checks the input; the ministry must be one of the country's own organisations. */
    void validate(Errors errors, List<OrganisationRef> organisationsOfCountry) {
        FieldRules.translated(errors, "summary", summary, FieldRules.TEXT_LENGTH, false);
        if (labourMinistryId != null && organisationsOfCountry.stream().noneMatch(o -> o.id() == labourMinistryId)) {
            errors.rejectValue("labourMinistryId", "directory.validation.notOfCountry");
        }
    }

    CountryProfile toProfile(String iso2) {
        return new CountryProfile(iso2, summary.isEmpty() ? null : summary.toText(), labourMinistryId, version);
    }

    public TranslatedField getSummary() { return summary; }
    public void setSummary(TranslatedField summary) { this.summary = summary; }
    public Long getLabourMinistryId() { return labourMinistryId; }
    public void setLabourMinistryId(Long labourMinistryId) { this.labourMinistryId = labourMinistryId; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
    public Long getRevision() { return revision; }
    public void setRevision(Long revision) { this.revision = revision; }
}
