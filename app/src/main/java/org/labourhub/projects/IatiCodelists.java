package org.labourhub.projects;

import java.util.Set;

/**
 * IATI's own codelists for the 2.03 activity standard, as published: every XML file in {@code iati/codelists/2.03/}
 * on the class path (see the README there), each read the first time it is asked for.
 */
public final class IatiCodelists {

    /** Where the release lives on the class path; a newer release of the 2.03 codelists replaces the files there. */
    public static final String FOLDER = "iati/codelists/2.03";

    private static final CodelistFolder RELEASE = CodelistFolder.onClasspath(FOLDER);

    public static final Set<String> ORGANISATION_TYPE = codes("OrganisationType");
    public static final Set<String> TRANSACTION_TYPE = codes("TransactionType");
    public static final Set<String> ACTIVITY_DATE_TYPE = codes("ActivityDateType");
    public static final Set<String> REGION = codes("Region");
    public static final Set<String> DOCUMENT_CATEGORY = codes("DocumentCategory");
    public static final Set<String> SECTOR_CATEGORY = codes("SectorCategory");
    public static final Set<String> COUNTRY = codes("Country");

    private IatiCodelists() {
    }

    /** The list of that name ({@code Country}, {@code Sector}, …); an {@link IllegalArgumentException} if none. */
    public static Codelist get(String name) {
        return RELEASE.get(name);
    }

    /** The names of every list in the release, sorted. */
    public static Set<String> names() {
        return RELEASE.names();
    }

    /** Whether the code is one of IATI's DAC 5-digit sectors (sector vocabulary 1), withdrawn ones included. */
    public static boolean isDacSector(String code) {
        return get("Sector").contains(code);
    }

    private static Set<String> codes(String name) {
        return Set.copyOf(get(name).codes());
    }
}
