package org.labourhub.riskmaps.boundaries;

import org.locationtech.jts.geom.Geometry;

import java.util.Map;

/**
 * One feature as a boundary file gives it: its number in the file (from 1), its properties that are plain values, as
 * text, and its area (a Polygon or MultiPolygon), or the problem that kept it from having one.
 */
record FileFeature(int number, Map<String, String> properties, Geometry geometry, BadShape problem) {
}
