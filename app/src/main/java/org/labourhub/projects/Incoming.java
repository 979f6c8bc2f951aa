package org.labourhub.projects;

import java.util.List;

/**
 * A project as a source gives it, with the record of where it came from; from an IATI file, also the activity as
 * its source wrote it and the problems found in it (none and empty for other sources).
 */
public record Incoming(Project project, ProvenanceRecord provenance, KeptActivity activity, List<ImportProblem> problems) {

    public Incoming(Project project, ProvenanceRecord provenance) {
        this(project, provenance, null, List.of());
    }
}
