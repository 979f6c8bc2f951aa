package org.labourhub.projects;

import java.time.LocalDate;

/**
 * A project as a list shows it: title in the reader's language (or its original), status, dates, where, who pays,
 * and whether it is fictional training data.
 */
public record ProjectRow(long id, String iatiIdentifier, String title, boolean translated, ActivityStatus status,
                         LocalDate start, LocalDate end, String countries, String funders, boolean training) {
}
