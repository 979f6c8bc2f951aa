package org.labourhub.directory;

import org.labourhub.platform.i18n.MultilingualText;

import java.util.List;

/** A person as the people list shows them, with the constituencies they are focal point for. */
record PersonRow(long id, String name, MultilingualText position, OrganisationRef organisation, String countryIso2,
                 MultilingualText countryName, List<String> languages, List<String> constituencies) {
}
