package org.labourhub.projects.iati;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The IATI codelists the importer checks, read once from {@code iati/codelists/}. */
final class IatiCodelists {

    static final Set<String> ORGANISATION_TYPE = load("OrganisationType");
    static final Set<String> TRANSACTION_TYPE = load("TransactionType");
    static final Set<String> ACTIVITY_DATE_TYPE = load("ActivityDateType");
    static final Set<String> REGION = load("Region");
    static final Set<String> DOCUMENT_CATEGORY = load("DocumentCategory");
    static final Set<String> SECTOR_CATEGORY = load("SectorCategory");
    static final Set<String> COUNTRY = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

    private IatiCodelists() {
    }

    static boolean isDacSector(String code) {
        return code != null && code.matches("[0-9]{5}") && SECTOR_CATEGORY.contains(code.substring(0, 3));
    }

    private static Set<String> load(String name) {
        var stream = IatiCodelists.class.getResourceAsStream("/iati/codelists/" + name + ".txt");
        if (stream == null) {
            throw new IllegalStateException("Missing codelist " + name);
        }
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
