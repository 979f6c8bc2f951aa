package org.labourhub.directory;

import org.labourhub.platform.i18n.MultilingualText;

/**
 * What a country's focal points keep current about it: a summary and which organisation is its ministry of labour.
 *
 * @param summary          may be null while nobody has written one
 * @param labourMinistryId an organisation of this country, or null
 */
record CountryProfile(String iso2, MultilingualText summary, Long labourMinistryId, int version) {
}
