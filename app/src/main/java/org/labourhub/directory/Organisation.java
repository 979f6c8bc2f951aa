package org.labourhub.directory;

import org.labourhub.platform.i18n.MultilingualText;

/**
 * An organisation with everything the directory keeps about it.
 *
 * @param countryIso2 null for bodies that belong to no single country (ILO, OAS, donors' headquarters abroad)
 * @param parentId    the organisation it is part of (IPEC within the ILO), or null
 */
record Organisation(Long id, String key, OrganisationType type, String acronym, MultilingualText name,
                    MultilingualText description, String countryIso2, Long parentId, String website, int version) {

    Organisation withId(long newId, String newKey) {
        return new Organisation(newId, newKey, type, acronym, name, description, countryIso2, parentId, website, version);
    }

    Organisation nextVersion() {
        return new Organisation(id, key, type, acronym, name, description, countryIso2, parentId, website, version + 1);
    }

    OrganisationRef ref() {
        return new OrganisationRef(id, key, type, acronym, name, countryIso2);
    }
}
