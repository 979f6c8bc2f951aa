package org.labourhub.directory;

import java.util.Locale;

/** A section another module adds to the country profile (e.g. the country's cooperation projects). */
public interface CountrySection extends ProfileSection {

    /** What the section shows for the country, in the reader's language; handed to its fragment as {@code content}. */
    Object content(String iso2, Locale locale);
}
