package org.labourhub.projects.iati;

import org.labourhub.projects.Project;

import java.util.List;
import java.util.Map;

/**
 * One activity read from a file: the project when it passed every check, else the problems found (all of them,
 * not only the first). Raw values and the line it starts on go into the project's provenance record.
 */
public record IatiActivity(String identifier, int line, Project project, List<IatiProblem> problems,
                           Map<String, Object> raw) {

    public boolean isValid() {
        return problems.isEmpty();
    }
}
