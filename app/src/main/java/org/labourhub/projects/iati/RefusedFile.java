package org.labourhub.projects.iati;

/** A file the importer will not read on (a DOCTYPE, a root that is not IATI), with where and why. */
public final class RefusedFile extends RuntimeException {

    private final transient IatiProblem problem;

    RefusedFile(Located at, String code, Object... args) {
        super(code);
        this.problem = IatiProblem.at(IatiProblem.Severity.CRITICAL, at, null, null, code, args);
    }

    public IatiProblem problem() {
        return problem;
    }
}
