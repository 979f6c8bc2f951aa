package org.labourhub.directory;

import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The sections other modules add to the country profile and the organisation page, in their order, with content. */
@Component
class AddedSections {

    /** A section as the page draws it. */
    record Shown(String anchor, String titleKey, String template, Object content) {
    }

    private final List<CountrySection> country;
    private final List<OrganisationSection> organisation;

    AddedSections(List<CountrySection> country, List<OrganisationSection> organisation) {
        this.country = country.stream().sorted(Comparator.comparingInt(s -> s.placement().order())).toList();
        this.organisation = organisation.stream().sorted(Comparator.comparingInt(s -> s.placement().order())).toList();
    }

    List<Shown> ofCountry(String iso2, Locale locale) {
        return country.stream().map(s -> shown(s, s.content(iso2, locale))).toList();
    }

    List<Shown> ofOrganisation(long id, Locale locale) {
        return organisation.stream().map(s -> shown(s, s.content(id, locale))).toList();
    }

    private static Shown shown(ProfileSection section, Object content) {
        var at = section.placement();
        return new Shown(at.anchor(), at.titleKey(), at.template(), content);
    }
}
