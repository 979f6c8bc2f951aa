package org.labourhub.directory;

import org.labourhub.platform.Constituency;
import org.springframework.validation.Errors;

/** The focal point form: which country and constituency a person serves, in which network, since when. */
public class FocalPointForm {

    private String country;
    private String constituency;
    private Long networkId;
    private String since;
    private int version;

    static FocalPointForm of(FocalPoint f) {
        var form = new FocalPointForm();
        form.country = f.countryIso2();
        form.constituency = f.constituency().name();
        form.networkId = f.networkId();
        form.since = f.since() == null ? "" : String.valueOf(f.since());
        form.version = f.version();
        return form;
    }

    static FocalPointForm forPerson(Person person) {
        var form = new FocalPointForm();
        form.country = person.countryIso2();
        return form;
    }

    void validate(Errors errors, Countries countries, Networks networks) {
        FieldRules.country(errors, "country", country, countries, true);
        FieldRules.choice(errors, "constituency", constituency, Constituency.class, true);
        if (networkId != null && networks.byId(networkId).isEmpty()) {
            errors.rejectValue("networkId", "validation.choice");
        }
        FieldRules.year(errors, "since", since);
    }

    FocalPoint toFocalPoint(Long id, long personId) {
        Integer year = FieldRules.isBlank(since) ? null : Integer.valueOf(since.strip());
        return new FocalPoint(id, personId, country.strip(), Constituency.valueOf(constituency.strip()), networkId, year,
                version);
    }

    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = country; }
    public String getConstituency() { return constituency; }
    public void setConstituency(String constituency) { this.constituency = constituency; }
    public Long getNetworkId() { return networkId; }
    public void setNetworkId(Long networkId) { this.networkId = networkId; }
    public String getSince() { return since; }
    public void setSince(String since) { this.since = since; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
