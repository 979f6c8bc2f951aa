package org.labourhub.directory;

import org.labourhub.platform.i18n.MultilingualText;

/** A network or programme (the Regional Initiative, RIAL, CIMT…) with how many members it has. */
record NetworkRow(long id, String key, String acronym, MultilingualText name, MultilingualText description,
                  long members) {
}
