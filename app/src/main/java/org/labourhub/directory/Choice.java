package org.labourhub.directory;

import java.util.List;
import java.util.Locale;

/** One option of a select in a form or filter: the value sent and the label the reader sees. */
public record Choice(String value, String label) {

    /** The countries as options, ordered by their name in the reader's language (the country filter of a list). */
    public static List<Choice> countries(List<Country> countries, Locale locale) {
        return countries.stream().sorted(Rows.byText(locale, Country::name))
                .map(c -> new Choice(c.iso2(), c.name().in(locale))).toList();
    }

    /** Organisations labelled "acronym – name" so that two bodies with the same acronym stay apart. */
    static List<Choice> organisations(List<OrganisationRef> organisations, Locale locale) {
        return organisations.stream().map(o -> new Choice(String.valueOf(o.id()),
                labelled(o.acronym(locale), o.name().in(locale)))).toList();
    }

    static List<Choice> networks(List<NetworkRow> networks, Locale locale) {
        return networks.stream().map(n -> new Choice(String.valueOf(n.id()),
                labelled(n.acronym(locale), n.name().in(locale)))).toList();
    }

    private static String labelled(String acronym, String name) {
        return acronym == null ? name : acronym + " – " + name;
    }
}
