package org.labourhub.directory;

import org.labourhub.platform.i18n.MultilingualText;

import java.util.Locale;

/**
 * One membership: a country or an organisation in a network, with its role there and the year it joined.
 *
 * @param ref        the member's ISO code (a country) or id (an organisation), to link to its page
 * @param acronyms   the organisation's acronyms, or null (a country, or an organisation without one)
 * @param role       a role code such as MEMBER or CHAIR; shown through the bundle when it knows the code
 * @param since      year of joining, or null
 */
record NetworkMember(boolean country, String ref, MultilingualText acronyms, MultilingualText name, String networkKey,
                     MultilingualText networkAcronyms, MultilingualText networkName, String role, Integer since) {

    /** The member organisation's acronym in the reader's language, or null. */
    public String acronym(Locale locale) {
        return acronyms == null ? null : acronyms.in(locale);
    }

    /** The network's acronym in the reader's language, or null. */
    public String networkAcronym(Locale locale) {
        return networkAcronyms == null ? null : networkAcronyms.in(locale);
    }
}
