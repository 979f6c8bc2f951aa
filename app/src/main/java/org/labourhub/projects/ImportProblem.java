package org.labourhub.projects;

import java.util.List;

/**
 * One thing wrong in an imported file, how grave it is, where it is (line and column of the element, the record's
 * identifier, the element or attribute) and what is wrong: a message key under {@code projects.problem.} and its
 * arguments. Kept with the project it concerns, for its page and the list of flagged projects.
 */
public record ImportProblem(Severity severity, int line, int column, String activity, String field, String code,
                          List<String> args) {

    /**
     * How grave, in the IATI Validator's grades: a critical problem refuses the activity (or the file); an error or a warning
     * leaves it imported, flagged with the problem.
     */
    public enum Severity { CRITICAL, ERROR, WARNING }

    public ImportProblem {
        severity = severity == null ? Severity.CRITICAL : severity;
        args = List.copyOf(args);
    }

    /** How many of these problems are of this severity. */
    public static int count(List<ImportProblem> problems, Severity severity) {
        return (int) problems.stream().filter(p -> p.severity() == severity).count();
    }
}
