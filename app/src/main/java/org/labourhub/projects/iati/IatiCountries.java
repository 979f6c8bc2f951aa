package org.labourhub.projects.iati;

/** ISO 3166 country codes, as the IATI Country codelist uses them, for the other importers. */
public final class IatiCountries {

    private IatiCountries() {
    }

    public static boolean isCountry(String code) {
        return code != null && IatiCodelists.COUNTRY.contains(code);
    }
}
