package org.labourhub.directory;

import org.labourhub.platform.i18n.MultilingualText;

import java.util.Locale;

/**
 * An organisation with everything the directory keeps about it.
 *
 * @param countryIso2 null for bodies that belong to no single country (ILO, OAS, donors' headquarters abroad)
 * @param parentId    the organisation it is part of (IPEC within the ILO), or null
 * @param acronyms    the acronym in each language that has one, or null (see {@link OrganisationRef#acronyms()})
 */
record Organisation(Long id, String key, OrganisationType type, MultilingualText acronyms, MultilingualText name,
                    MultilingualText description, String countryIso2, Long parentId, String website, int version) {

    Organisation withId(long newId, String newKey) {
        return new Organisation(newId, newKey, type, acronyms, name, description, countryIso2, parentId, website, version);
    }

    Organisation nextVersion() {
        return new Organisation(id, key, type, acronyms, name, description, countryIso2, parentId, website, version + 1);
    }

    OrganisationRef ref() {
        return new OrganisationRef(id, key, type, acronyms, name, countryIso2);
    }

    /** The acronym in the reader's language, or null. */
    public String acronym(Locale locale) {
        return acronyms == null ? null : acronyms.in(locale);
    }
}
