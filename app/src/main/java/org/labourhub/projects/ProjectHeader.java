package org.labourhub.projects;

import java.time.OffsetDateTime;

/** What a project page needs beside the IATI content: its state in the registry, and whether it is fictional. */
public record ProjectHeader(long id, EntryState entryState, String enteredFor, Long mergedInto, int version,
                     OffsetDateTime updatedAt, boolean training) {
}
