package org.labourhub.projects;

/** A project as a source gives it, with the record of where it came from. */
record Incoming(Project project, ProvenanceRecord provenance) {
}
