package org.labourhub.riskmaps.boundaries;

/** A boundary file that cannot be read at all (not JSON, not a boundary format, a broken zip), with why. */
public class UnreadableBoundaryFile extends RuntimeException {

    private final BoundaryProblem problem;

    UnreadableBoundaryFile(BoundaryProblem problem) {
        super(problem.key() + " " + problem.args());
        this.problem = problem;
    }

    public BoundaryProblem problem() {
        return problem;
    }
}
