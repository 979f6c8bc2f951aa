package org.labourhub.directory;

import org.labourhub.platform.CountryCodes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/** What other modules may ask the directory: countries and organisations by code or id, and its figures. */
@Component
public class Directory implements CountryCodes {

    private final Countries countries;
    private final Organisations organisations;
    private final JdbcClient jdbc;

    Directory(Countries countries, Organisations organisations, JdbcClient jdbc) {
        this.countries = countries;
        this.organisations = organisations;
        this.jdbc = jdbc;
    }

    /** The country with this ISO alpha-2 code (capitals), if the directory knows it. */
    public Optional<Country> country(String iso2) {
        return CountryCode.parse(iso2).flatMap(countries::byCode);
    }

    @Override
    public boolean isKnown(String iso2) {
        return country(iso2).isPresent();
    }

    /** Every country, ordered by code. */
    public List<Country> countries() {
        return countries.all();
    }

    public Optional<OrganisationRef> organisation(long id) {
        return organisations.refById(id);
    }

    public Optional<OrganisationRef> organisation(String key) {
        return organisations.refByKey(key);
    }

    /** Every organisation of the directory, as other modules refer to it. */
    public List<OrganisationRef> organisations() {
        return organisations.allRefs();
    }

    public DirectoryFigures figures() {
        return jdbc.sql("""
                select (select count(*) from directory.country) as countries,
                       (select count(*) from directory.organisation) as organisations,
                       (select count(*) from directory.network) as networks,
                       (select count(*) from directory.focal_point) as focal_points""")
                .query(DirectoryFigures.class).single();
    }
}
