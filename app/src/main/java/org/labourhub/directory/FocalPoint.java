package org.labourhub.directory;

import org.labourhub.platform.Constituency;

/**
 * A person serving as focal point of a country for one constituency, in a network (e.g. the Regional Initiative).
 *
 * @param networkId the network served, or null for the country's focal point in general
 */
record FocalPoint(Long id, long personId, String countryIso2, Constituency constituency, Long networkId, int version) {

    FocalPoint withId(long newId) {
        return new FocalPoint(newId, personId, countryIso2, constituency, networkId, version);
    }

    FocalPoint nextVersion() {
        return new FocalPoint(id, personId, countryIso2, constituency, networkId, version + 1);
    }
}
