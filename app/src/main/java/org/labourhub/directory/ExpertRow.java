package org.labourhub.directory;

import org.labourhub.platform.i18n.MultilingualText;

import java.util.List;

/** One entry of the roster of experts: an area of expertise, a position, where and in which languages. */
record ExpertRow(long id, MultilingualText area, MultilingualText position, String countryIso2,
                 MultilingualText countryName, List<String> languages, OrganisationRef organisation) {
}
