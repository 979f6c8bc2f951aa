package org.labourhub.projects.iati;

import java.util.List;

/**
 * One thing wrong in an IATI file, where it is (line and column of the element, the activity's identifier, the
 * element or attribute) and what is wrong: a message key under {@code projects.iati.problem.} and its arguments.
 */
public record IatiProblem(int line, int column, String activity, String field, String code, List<String> args) {

    public IatiProblem {
        args = List.copyOf(args);
    }

    static IatiProblem at(Located where, String activity, String field, String code, Object... args) {
        return new IatiProblem(where.line(), where.column(), activity, field, code,
                java.util.Arrays.stream(args).map(String::valueOf).toList());
    }
}
