package org.labourhub.directory;

import org.labourhub.platform.web.Choice;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Directory records as choices of a form or filter, named in the reader's language and in its collation order. */
final class Choices {

    /** The value that stands for a network where organisations and networks are offered together. */
    static final String NETWORK = "network:";

    private Choices() {
    }

    /** Choices by label as the reader of this language expects (accents and case as in a dictionary). */
    static Comparator<Choice> byLabel(Locale locale) {
        Collator collator = Collator.getInstance(locale);
        collator.setStrength(Collator.PRIMARY);
        return Comparator.comparing(Choice::label, collator);
    }

    static Choice country(Country country, Locale locale) {
        return new Choice(country.iso2(), country.name().in(locale));
    }

    static List<Choice> countries(List<Country> countries, Locale locale) {
        return countries.stream().sorted(Rows.byText(locale, Country::name)).map(c -> country(c, locale)).toList();
    }

    /** "Name (ACR)": two bodies with the same acronym stay apart, and the name is what the reader looks for. */
    static Choice organisation(OrganisationRef organisation, Locale locale) {
        return new Choice(String.valueOf(organisation.id()), Choice.named(organisation.name().in(locale), organisation.acronym(locale)));
    }

    static List<Choice> organisations(List<OrganisationRef> organisations, Locale locale) {
        return organisations.stream().sorted(Rows.byText(locale, OrganisationRef::name))
                .map(o -> organisation(o, locale)).toList();
    }

    static List<Choice> networks(List<NetworkRow> networks, Locale locale) {
        return networks.stream().sorted(Rows.byText(locale, NetworkRow::name))
                .map(n -> new Choice(String.valueOf(n.id()), Choice.named(n.name().in(locale), n.acronym(locale)))).toList();
    }

    /** The option of a select or type-ahead that holds this value (none for null or a value not offered). */
    static List<Choice> chosen(List<Choice> options, Object value) {
        return value == null ? List.of() : options.stream().filter(c -> c.value().equals(value.toString())).toList();
    }

    /** A network where it may be chosen beside organisations: its value is "network:" and its key. */
    static Choice responsibleNetwork(NetworkRow network, Locale locale) {
        return new Choice(NETWORK + network.key(), Choice.named(network.name().in(locale), network.acronym(locale)));
    }
}
