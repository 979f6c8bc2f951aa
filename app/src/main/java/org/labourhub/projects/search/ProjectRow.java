package org.labourhub.projects.search;

import org.labourhub.projects.ActivityStatus;

import java.time.LocalDate;

/**
 * A project as a list shows it: title in the reader's language (or its original), status, dates, where, who pays,
 * and whether it is fictional training data.
 */
public record ProjectRow(long id, String iatiIdentifier, String title, boolean translated, ActivityStatus status,
                         LocalDate start, LocalDate end, String countries, String funders, boolean training) {

    /** The countries (kept as codes, "GT, PE") by their names. */
    public String countriesNamed(java.util.Map<String, String> names) {
        if (countries == null || countries.isBlank()) {
            return "";
        }
        return String.join(", ", java.util.Arrays.stream(countries.split(",\\s*")).map(c -> names.getOrDefault(c, c)).toList());
    }
}
