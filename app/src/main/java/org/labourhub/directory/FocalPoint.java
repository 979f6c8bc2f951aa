package org.labourhub.directory;

import org.labourhub.platform.Constituency;

/**
 * A person serving as focal point of a country for one constituency, in a network (e.g. the Regional Initiative).
 *
 * @param networkId the network served, or null for the country's focal point in general
 * @param since     the year the person became focal point, or null
 */
record FocalPoint(Long id, long personId, String countryIso2, Constituency constituency, Long networkId, Integer since,
                  int version) {

    FocalPoint withId(long newId) {
        return new FocalPoint(newId, personId, countryIso2, constituency, networkId, since, version);
    }

    FocalPoint nextVersion() {
        return new FocalPoint(id, personId, countryIso2, constituency, networkId, since, version + 1);
    }
}
