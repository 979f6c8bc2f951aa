package org.labourhub.projects;

import org.labourhub.projects.iati.IatiActivity;

/**
 * A project as a source gives it, with the record of where it came from; from an IATI file, also the activity as
 * read (its source text and the problems found in it).
 */
record Incoming(Project project, ProvenanceRecord provenance, IatiActivity iati) {

    Incoming(Project project, ProvenanceRecord provenance) {
        this(project, provenance, null);
    }
}
