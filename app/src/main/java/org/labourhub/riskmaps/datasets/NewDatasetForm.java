package org.labourhub.riskmaps.datasets;

import org.labourhub.riskmaps.DatasetKind;
import org.springframework.validation.Errors;

import java.util.Locale;
import java.util.Set;

/** What the upload page asks besides the file: for which country, what kind of data, its name and round. */
class NewDatasetForm {

    /** The encodings a text file may be declared in; blank lets the reader find it. */
    static final Set<String> ENCODINGS = Set.of("UTF-8", "windows-1252");

    private String country = "";
    private DatasetKind kind = DatasetKind.SURVEY;
    private String name = "";
    private String round = "";
    private String encoding = "";

    void validate(Errors errors) {
        if (name.isBlank()) {
            errors.rejectValue("name", "validation.required");
        } else if (name.strip().length() > 200) {
            errors.rejectValue("name", "validation.tooLong", new Object[] {200}, null);
        }
        if (round.strip().length() > 100) {
            errors.rejectValue("round", "validation.tooLong", new Object[] {100}, null);
        }
        if (kind == null) {
            errors.rejectValue("kind", "validation.required");
        }
        if (!encoding.isBlank() && !ENCODINGS.contains(encoding)) {
            errors.rejectValue("encoding", "validation.required");
        }
    }

    String roundOrNull() {
        return round.isBlank() ? null : round.strip();
    }

    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = country == null ? "" : country.strip().toUpperCase(Locale.ROOT); }
    public DatasetKind getKind() { return kind; }
    public void setKind(DatasetKind kind) { this.kind = kind; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name == null ? "" : name; }
    public String getRound() { return round; }
    public void setRound(String round) { this.round = round == null ? "" : round; }
    public String getEncoding() { return encoding; }
    public void setEncoding(String encoding) { this.encoding = encoding == null ? "" : encoding.strip(); }
}
