package org.labourhub.directory;

import org.labourhub.platform.Constituency;
import org.labourhub.platform.i18n.MultilingualText;

import java.util.List;

/** A focal point as a country profile or a person's page shows it. */
record FocalPointRow(long id, long personId, String personName, MultilingualText position,
                     OrganisationRef organisation, String countryIso2, MultilingualText countryName,
                     Constituency constituency, String networkKey, MultilingualText networkName, Integer since,
                     List<String> languages) {
}
