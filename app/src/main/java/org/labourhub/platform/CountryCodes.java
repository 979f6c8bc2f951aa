package org.labourhub.platform;

import org.labourhub.platform.web.Choice;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which ISO 3166 alpha-2 country codes LabourHub knows. The directory module provides it; modules that store a
 * country code without depending on the directory (such as accounts) check codes through it.
 */
public interface CountryCodes {

    boolean isKnown(String iso2);

    /**
     * Every known country as a choice (value: its code), named in the reader's language, in its collation order.
     * Without the directory (a module tested alone) there is none to offer.
     */
    default List<Choice> countryChoices(Locale locale) {
        return List.of();
    }

    /** A known country as a choice; without the directory, named by its code. */
    default Optional<Choice> countryChoice(String iso2, Locale locale) {
        return isKnown(iso2) ? Optional.of(new Choice(iso2, iso2)) : Optional.empty();
    }
}
