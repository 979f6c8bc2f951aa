package org.labourhub.projects;

/** ISO 3166 country codes, as the IATI Country codelist uses them, for the other importers. */
public final class KnownCountries {

    private KnownCountries() {
    }

    public static boolean isCountry(String code) {
        return code != null && IatiCodelists.COUNTRY.contains(code);
    }
}
