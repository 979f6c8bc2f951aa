package org.labourhub.directory;

import org.labourhub.platform.i18n.MultilingualText;

import java.util.Locale;

/**
 * A network or programme as other modules refer to it (the Regional Initiative, CIMT, RIAL).
 *
 * @param acronyms the acronym in each language that has one (CIMT, IACML, CIMT, CIMT), or null
 */
public record NetworkRef(long id, String key, MultilingualText acronyms, MultilingualText name) {

    /** The acronym a reader of this language knows the network by, or null. */
    public String acronym(Locale locale) {
        return acronyms == null ? null : acronyms.in(locale);
    }

    /** The short form used in lists: the acronym in the reader's language when there is one, else the name. */
    public String label(Locale locale) {
        String acronym = acronym(locale);
        return acronym != null && !acronym.isBlank() ? acronym : name.in(locale);
    }
}
