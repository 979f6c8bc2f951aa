package org.labourhub.riskmaps.boundaries;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds a territory's area from the rings a file gives, each as x, y pairs in one array. Coordinates must be
 * longitudes and latitudes in degrees (WGS 84), the only system GeoJSON allows and the one the web map draws. An
 * unclosed ring is closed; a ring too small to enclose anything (fewer than three distinct points) is left out, and a
 * polygon whose outer ring is left out with it.
 */
final class Shapes {

    static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4326);

    private Shapes() {
    }

    /** A polygon from its outer ring and its holes, or null when its outer ring encloses nothing. */
    static Polygon polygon(List<double[]> rings) throws BadShape {
        if (rings.isEmpty()) {
            return null;
        }
        LinearRing shell = ring(rings.get(0));
        if (shell == null) {
            return null;
        }
        var holes = new ArrayList<LinearRing>();
        for (double[] hole : rings.subList(1, rings.size())) {
            LinearRing ring = ring(hole);
            if (ring != null) {
                holes.add(ring);
            }
        }
        return FACTORY.createPolygon(shell, holes.toArray(LinearRing[]::new));
    }

    /** The area of a feature: one polygon, or a MultiPolygon of several; refused when no polygon encloses anything. */
    static Geometry area(List<Polygon> polygons) throws BadShape {
        var kept = polygons.stream().filter(p -> p != null).toList();
        if (kept.isEmpty()) {
            throw new BadShape("noArea");
        }
        return kept.size() == 1 ? kept.get(0) : FACTORY.createMultiPolygon(kept.toArray(Polygon[]::new));
    }

    private static LinearRing ring(double[] xy) throws BadShape {
        int points = xy.length / 2;
        var coordinates = new ArrayList<Coordinate>(points + 1);
        for (int i = 0; i < points; i++) {
            coordinates.add(degrees(xy[2 * i], xy[2 * i + 1]));
        }
        if (coordinates.isEmpty()) {
            return null;
        }
        if (!coordinates.get(0).equals2D(coordinates.get(coordinates.size() - 1))) {
            coordinates.add(coordinates.get(0).copy());
        }
        if (coordinates.stream().distinct().count() < 3) {
            return null;
        }
        return FACTORY.createLinearRing(coordinates.toArray(Coordinate[]::new));
    }

    /** A position, refused unless it is a longitude and a latitude in degrees. */
    static Coordinate degrees(double lon, double lat) throws BadShape {
        if (!Double.isFinite(lon) || !Double.isFinite(lat) || Math.abs(lon) > 180 || Math.abs(lat) > 90) {
            throw new BadShape("notDegrees", lon, lat);
        }
        return new Coordinate(lon, lat);
    }
}
