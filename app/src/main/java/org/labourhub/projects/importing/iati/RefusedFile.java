package org.labourhub.projects.importing.iati;

import org.labourhub.projects.ImportProblem;





/** A file the importer will not read on (a DOCTYPE, a root that is not IATI), with where and why. */
public final class RefusedFile extends RuntimeException {

    private final transient ImportProblem problem;

    RefusedFile(Located at, String code, Object... args) {
        super(code);
        this.problem = Located.problem(ImportProblem.Severity.CRITICAL, at, null, null, code, args);
    }

    public ImportProblem problem() {
        return problem;
    }
}
