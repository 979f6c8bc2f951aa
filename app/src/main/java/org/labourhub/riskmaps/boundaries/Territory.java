package org.labourhub.riskmaps.boundaries;

import org.locationtech.jts.geom.Geometry;

/** A territory read from a boundary file: its code, its name when the file gives one, and its area as drawn there. */
record Territory(String code, String name, Geometry geometry) {
}
