package org.labourhub.directory;

import org.labourhub.platform.CountryCodes;
import org.labourhub.platform.web.Choice;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What other modules may ask the directory: countries, organisations and networks by code, id or key, as choices
 * for their forms and filters (named in the reader's language, in its collation order), and its figures. Their
 * forms let a reader choose these records through the directory's type-aheads: {@code /organisations/suggestions}
 * (with {@code networks=true}, networks too, as {@link #responsibleChoice}) and {@code /countries/suggestions}.
 */
@Component
public class Directory implements CountryCodes {

    private final Countries countries;
    private final Organisations organisations;
    private final Networks networks;
    private final JdbcClient jdbc;

    private final OrganisationListing organisationListing;

    Directory(Countries countries, Organisations organisations, Networks networks, JdbcClient jdbc,
              OrganisationListing organisationListing) {
        this.countries = countries;
        this.organisations = organisations;
        this.networks = networks;
        this.jdbc = jdbc;
        this.organisationListing = organisationListing;
    }

    /** The country with this ISO alpha-2 code (capitals), if the directory knows it. */
    public Optional<Country> country(String iso2) {
        return CountryCode.parse(iso2).flatMap(countries::byCode);
    }

    @Override
    public boolean isKnown(String iso2) {
        return country(iso2).isPresent();
    }

    /** Every country, ordered by code (for choices, see {@link #countryChoices}). */
    public List<Country> countries() {
        return countries.all();
    }

    /** Every country the directory knows, named in the reader's language, in its collation order. */
    @Override
    public List<Choice> countryChoices(Locale locale) {
        return Choices.countries(countries.all(), locale);
    }

    @Override
    public Optional<Choice> countryChoice(String iso2, Locale locale) {
        return country(iso2).map(c -> Choices.country(c, locale));
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

    /** An organisation as a choice: "Name (ACR)" in the reader's language. */
    public Optional<Choice> organisationChoice(long id, Locale locale) {
        return organisation(id).map(o -> Choices.organisation(o, locale));
    }

    /** Every organisation as a choice, in the reader's collation order. */
    public List<Choice> organisationChoices(Locale locale) {
        return Choices.organisations(organisationListing.all(locale), locale);
    }

    /**
     * Who may be responsible for a piece of work: an organisation (value: its id) or a network or programme as a
     * whole (value: "network:" and its key), if the directory knows it.
     */
    public Optional<Choice> responsibleChoice(String value, Locale locale) {
        if (value == null) {
            return Optional.empty();
        }
        if (value.startsWith(Choices.NETWORK)) {
            return networks.byKey(value.substring(Choices.NETWORK.length())).map(n -> Choices.responsibleNetwork(n, locale));
        }
        return value.matches("\\d{1,18}") ? organisationChoice(Long.parseLong(value), locale) : Optional.empty();
    }

    /** Every organisation, then every network, as choices of who may be responsible, each in collation order. */
    public List<Choice> responsibleChoices(Locale locale) {
        return Stream.concat(organisationChoices(locale).stream(),
                networks.all(locale).stream().map(n -> Choices.responsibleNetwork(n, locale))).toList();
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

    /**
     * The organisations of one country (ISO alpha-2 code) that are of these types, in one query: those a country's
     * focal point speaks for, say. An unknown country or no type gives none.
     */
    public List<OrganisationRef> organisations(String countryIso2, Collection<OrganisationType> types) {
        if (countryIso2 == null || types.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + Organisations.REF_COLUMNS
                        + " from directory.organisation o where o.country_iso2 = ? and o.type = any(?) order by o.id")
                .params(countryIso2, types.stream().map(Enum::name).distinct().toArray(String[]::new))
                .query(Organisations::ref).list();
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
