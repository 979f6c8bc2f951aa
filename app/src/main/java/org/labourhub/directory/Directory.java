package org.labourhub.directory;

import org.labourhub.platform.CountryCodes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What other modules may ask the directory: countries, organisations and networks by code, id or key, and its
 * figures.
 */
@Component
public class Directory implements CountryCodes {

    private final Countries countries;
    private final Organisations organisations;
    private final Networks networks;
    private final JdbcClient jdbc;

    Directory(Countries countries, Organisations organisations, Networks networks, JdbcClient jdbc) {
        this.countries = countries;
        this.organisations = organisations;
        this.networks = networks;
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

    /**
     * The organisations with these ids, by id, in one query (null ids and ids the directory does not know are left
     * out): for a screen that labels many records, each with {@link OrganisationRef#label(java.util.Locale)}.
     */
    public Map<Long, OrganisationRef> organisations(Collection<Long> ids) {
        List<Long> known = ids.stream().filter(Objects::nonNull).distinct().toList();
        if (known.isEmpty()) {
            return Map.of();
        }
        return organisations.refsByIds(known).stream()
                .collect(Collectors.toUnmodifiableMap(OrganisationRef::id, Function.identity()));
    }

    /** The network or programme with this key (regional-initiative, cimt, rial), if the directory knows it. */
    public Optional<NetworkRef> network(String key) {
        return networks.byKey(key).map(NetworkRow::ref);
    }

    /** The networks with these keys, by key, in one query (unknown keys are left out). */
    public Map<String, NetworkRef> networks(Collection<String> keys) {
        List<String> known = keys.stream().filter(Objects::nonNull).distinct().toList();
        if (known.isEmpty()) {
            return Map.of();
        }
        return networks.byKeys(known).stream().map(NetworkRow::ref)
                .collect(Collectors.toUnmodifiableMap(NetworkRef::key, Function.identity()));
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
