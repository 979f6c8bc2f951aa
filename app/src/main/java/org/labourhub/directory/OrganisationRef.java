package org.labourhub.directory;

import org.labourhub.platform.i18n.Language;
import org.labourhub.platform.i18n.MultilingualText;

import java.util.EnumMap;
import java.util.Locale;

/**
 * An organisation as other modules refer to it: its id, stable key, type, acronyms, name and country (may be null).
 *
 * @param acronyms the acronym in each language that has one (OIT, ILO, OIT, OIT), or null when it has none; a
 *                 language without its own acronym reads the original one
 */
public record OrganisationRef(long id, String key, OrganisationType type, MultilingualText acronyms,
                              MultilingualText name, String countryIso2) {

    /** An organisation whose acronym, if any, is the same in every language (USDOL, AECID). */
    public OrganisationRef(long id, String key, OrganisationType type, String acronym, MultilingualText name,
                           String countryIso2) {
        this(id, key, type, sameInEveryLanguage(acronym, name), name, countryIso2);
    }

    /** The acronym a reader of this language knows the organisation by (OIT in Spanish, ILO in English), or null. */
    public String acronym(Locale locale) {
        return acronyms == null ? null : acronyms.in(locale);
    }

    /**
     * The acronym as the organisation's records were first written (its original language), or null. Pages and
     * reports use {@link #acronym(Locale)} or {@link #label(Locale)}: this one is for matching and keys.
     */
    public String acronym() {
        return acronyms == null ? null : acronyms.toString();
    }

    /** The short form used in lists: the acronym in the reader's language when there is one, else the name. */
    public String label(Locale locale) {
        String acronym = acronym(locale);
        return acronym != null && !acronym.isBlank() ? acronym : name.in(locale);
    }

    static MultilingualText sameInEveryLanguage(String acronym, MultilingualText name) {
        if (acronym == null || acronym.isBlank()) {
            return null;
        }
        var forms = new EnumMap<Language, String>(Language.class);
        for (Language language : Language.values()) {
            forms.put(language, acronym);
        }
        return new MultilingualText(name == null ? Language.EN : name.original(), forms);
    }
}
