package org.labourhub.riskmaps.boundaries;

import java.util.List;

/**
 * Something wrong with a boundary file, said with a message key of the risk maps' bundle and its arguments (the file,
 * then where in it: feature number, property, code).
 */
public record BoundaryProblem(String key, List<Object> args) {

    public BoundaryProblem {
        if (!key.startsWith("riskmaps.boundaries.problem.")) {
            throw new IllegalArgumentException("Not a boundary problem's message key: " + key);
        }
        args = List.copyOf(args);
    }

    static BoundaryProblem of(String name, Object... args) {
        return new BoundaryProblem("riskmaps.boundaries.problem." + name, List.of(args));
    }

    /** The arguments as the message source takes them. */
    public Object[] arguments() {
        return args.toArray();
    }
}
