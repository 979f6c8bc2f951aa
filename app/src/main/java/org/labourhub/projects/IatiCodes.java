package org.labourhub.projects;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Optional;

/**
 * IATI codes and their names in the reader's language, for other modules and templates. A name is IATI's in the
 * locale's language where IATI publishes one (English, often French), else IATI's English name; country names in
 * a language IATI does not publish come from the JDK's own country names when it has one for the code.
 * Every method is empty (or false) for a code the list does not have.
 */
public final class IatiCodes {

    private IatiCodes() {
    }

    /** Whether the IATI list of that name ({@code Currency}, {@code Country}, …) has the code, active or withdrawn. */
    public static boolean isCode(String list, String code) {
        return IatiCodelists.get(list).contains(code);
    }

    /** The code's name in the IATI list of that name; an {@link IllegalArgumentException} for an unknown list. */
    public static Optional<String> name(String list, String code, Locale locale) {
        return IatiCodelists.get(list).name(code, locale);
    }

    /** The name of an IATI country code ({@code XK}: Kosovo). */
    public static Optional<String> countryName(String code, Locale locale) {
        var countries = IatiCodelists.get("Country");
        if (!countries.contains(code)) {
            return Optional.empty();
        }
        var published = countries.nameIn(code, locale.getLanguage());
        if (published.isPresent() || locale.getLanguage().equals("en")) {
            return countries.name(code, locale);
        }
        return jdkCountryName(code, locale).or(() -> countries.name(code, locale));
    }

    /** The name of an IATI region code (region vocabulary 1: {@code 298}, {@code 1027}, …). */
    public static Optional<String> regionName(String code, Locale locale) {
        return name("Region", code, locale);
    }

    /** The name of a DAC 5-digit sector (vocabulary 1, {@code 11110}) or 3-digit category (vocabulary 2, {@code 111}). */
    public static Optional<String> sectorName(String code, Locale locale) {
        if (code == null) {
            return Optional.empty();
        }
        return switch (code.length()) {
            case 5 -> name("Sector", code, locale);
            case 3 -> name("SectorCategory", code, locale);
            default -> Optional.empty();
        };
    }

    /** The name of an IATI organisation type ({@code 10}: Government, …). */
    public static Optional<String> organisationTypeName(String code, Locale locale) {
        return name("OrganisationType", code, locale);
    }

    private static Optional<String> jdkCountryName(String code, Locale locale) {
        try {
            var region = new Locale.Builder().setRegion(code).build();
            var name = region.getDisplayCountry(locale);
            return name.isBlank() || name.equals(code) ? Optional.empty() : Optional.of(name);
        } catch (IllformedLocaleException notARegion) {
            return Optional.empty();
        }
    }
}
