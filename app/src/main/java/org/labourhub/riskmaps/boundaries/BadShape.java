package org.labourhub.riskmaps.boundaries;

import java.util.List;

/**
 * A feature's geometry that cannot draw a territory: its problem's name and the arguments that follow the file and the
 * feature number in the message.
 */
class BadShape extends Exception {

    private final String name;
    private final List<Object> details;

    BadShape(String name, Object... details) {
        super(name, null, false, false);
        this.name = name;
        this.details = List.of(details);
    }

    BoundaryProblem in(String file, int feature) {
        var args = new java.util.ArrayList<Object>();
        args.add(file);
        args.add(feature);
        args.addAll(details);
        return new BoundaryProblem("riskmaps.boundaries.problem." + name, args);
    }
}
