package org.labourhub.projects;

import org.labourhub.projects.importing.iati.IatiActivity;





/**
 * An imported activity as its source wrote it (see {@link IatiActivity#source()}), whether it was valid against the
 * 2.03 schema, and its last-updated-datetime as the source gave it (null when it gave none).
 */
public record KeptActivity(String xml, boolean schemaValid, String lastUpdated) {
}
