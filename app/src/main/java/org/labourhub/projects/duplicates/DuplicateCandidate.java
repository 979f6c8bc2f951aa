package org.labourhub.projects.duplicates;

import org.labourhub.projects.Source;

import java.util.List;

/**
 * Two projects that may be the same one seen from two sources, with the score (0–100) and its parts: title
 * similarity across languages, shared countries, overlapping dates and shared funders, each 0–100.
 */
public record DuplicateCandidate(long firstId, String firstTitle, List<Source> firstSources, long secondId, String secondTitle,
                                 List<Source> secondSources, int score, int title, int countries, int dates, int funders) {

    /** The sources as the scan lists them, "COUNTRY, IATI" (none: empty or null). */
    static List<Source> sources(String listed) {
        if (listed == null || listed.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(listed.split(",\\s*")).map(Source::valueOf).toList();
    }
}
