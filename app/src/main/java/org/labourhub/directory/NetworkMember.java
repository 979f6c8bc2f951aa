package org.labourhub.directory;

import org.labourhub.platform.i18n.MultilingualText;

/**
 * One membership: a country or an organisation in a network, with its role there and the year it joined.
 *
 * @param ref        the member's ISO code (a country) or id (an organisation), to link to its page
 * @param role       a role code such as MEMBER or CHAIR; shown through the bundle when it knows the code
 * @param since      year of joining, or null
 */
record NetworkMember(boolean country, String ref, String acronym, MultilingualText name, String networkKey,
                     String networkAcronym, MultilingualText networkName, String role, Integer since) {
}
