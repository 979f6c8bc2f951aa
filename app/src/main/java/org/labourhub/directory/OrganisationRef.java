package org.labourhub.directory;

import org.labourhub.platform.i18n.MultilingualText;

/** An organisation as other modules refer to it: its id, stable key, type, acronym, name and country (may be null). */
public record OrganisationRef(long id, String key, OrganisationType type, String acronym, MultilingualText name,
                              String countryIso2) {

    /** The short form used in lists: the acronym when there is one, else the name in the given language. */
    public String label(java.util.Locale locale) {
        return acronym != null && !acronym.isBlank() ? acronym : name.in(locale);
    }
}
