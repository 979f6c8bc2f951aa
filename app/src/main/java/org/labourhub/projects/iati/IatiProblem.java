package org.labourhub.projects.iati;

import java.util.List;

/**
 * One thing wrong in an IATI file, how grave it is, where it is (line and column of the element, the activity's
 * identifier, the element or attribute) and what is wrong: a message key under {@code projects.problem.} and its
 * arguments.
 */
public record IatiProblem(Severity severity, int line, int column, String activity, String field, String code,
                          List<String> args) {

    /**
     * The IATI Validator's grades: a critical problem refuses the activity (or the file); an error or a warning
     * leaves it imported, flagged with the problem.
     */
    public enum Severity { CRITICAL, ERROR, WARNING }

    public IatiProblem {
        severity = severity == null ? Severity.CRITICAL : severity;
        args = List.copyOf(args);
    }

    static IatiProblem at(Severity severity, Located where, String activity, String field, String code, Object... args) {
        return new IatiProblem(severity, where.line(), where.column(), activity, field, code,
                java.util.Arrays.stream(args).map(String::valueOf).toList());
    }
}
