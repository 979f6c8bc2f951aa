package org.labourhub.projects.importing.iati;

import org.labourhub.projects.ImportProblem;





/** A line and column in the file, as the parser reported them at the start of an element. */
record Located(int line, int column) {
    static final Located FILE = new Located(0, 0);

    /** A problem found here. */
    static ImportProblem problem(ImportProblem.Severity severity, Located where, String activity, String field, String code,
                                 Object... args) {
        return new ImportProblem(severity, where.line(), where.column(), activity, field, code,
                java.util.Arrays.stream(args).map(String::valueOf).toList());
    }
}
