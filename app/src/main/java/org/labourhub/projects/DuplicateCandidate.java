package org.labourhub.projects;

/**
 * Two projects that may be the same one seen from two sources, with the score (0–100) and its parts: title
 * similarity across languages, shared countries, overlapping dates and shared funders, each 0–100.
 */
public record DuplicateCandidate(long firstId, String firstTitle, String firstSources, long secondId, String secondTitle,
                                 String secondSources, int score, int title, int countries, int dates, int funders) {
}
