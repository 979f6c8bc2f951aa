package org.labourhub.directory;

import org.labourhub.platform.i18n.MultilingualText;

import java.util.Locale;

/** A network or programme (the Regional Initiative, RIAL, CIMT…) with how many members it has. */
record NetworkRow(long id, String key, MultilingualText acronyms, MultilingualText name, MultilingualText description,
                  long members) {

    /** The acronym in the reader's language, or null. */
    public String acronym(Locale locale) {
        return acronyms == null ? null : acronyms.in(locale);
    }

    NetworkRef ref() {
        return new NetworkRef(id, key, acronyms, name);
    }
}
