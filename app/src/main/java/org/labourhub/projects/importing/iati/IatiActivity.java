package org.labourhub.projects.importing.iati;

import org.labourhub.projects.ImportProblem;
import org.labourhub.projects.KeptActivity;
import org.labourhub.projects.Project;

import java.util.List;
import java.util.Map;

/**
 * One activity read from a file: the project, unless a critical problem refused it; every problem found, with its
 * severity; the raw values and the line it starts on, for the project's provenance record; and the activity as its
 * source wrote it (one element a line), whether that is valid against the 2.03 schema, and its
 * last-updated-datetime, so that an export writes back what LabourHub does not model.
 */
public record IatiActivity(String identifier, int line, Project project, List<ImportProblem> problems,
                           Map<String, Object> raw, String source, boolean schemaValid, String lastUpdated) {

    /** Whether the activity is imported: no critical problem. */
    public boolean isValid() {
        return project != null;
    }

    /** How many of its problems are of this severity. */
    public int count(ImportProblem.Severity severity) {
        return ImportProblem.count(problems, severity);
    }

    /** The activity as its source wrote it, to keep with its project. */
    public KeptActivity kept() {
        return new KeptActivity(source, schemaValid, lastUpdated);
    }
}
