package org.labourhub.directory;

import org.labourhub.platform.i18n.MultilingualText;

/** A country as other modules see it: its codes, its name in the four languages, its region and OAS membership. */
public record Country(String iso2, String iso3, MultilingualText name, boolean oasMember, Region region) {
}
