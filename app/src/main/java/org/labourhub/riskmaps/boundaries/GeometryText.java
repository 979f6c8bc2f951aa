package org.labourhub.riskmaps.boundaries;

import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes an area as a GeoJSON geometry object (RFC 7946): outer rings counter-clockwise, holes clockwise, positions
 * with at most the given number of decimals and no trailing zeros.
 */
final class GeometryText {

    private GeometryText() {
    }

    static String of(Geometry area, int decimals) {
        var out = new StringBuilder(64 + area.getNumPoints() * (10 + 2 * decimals));
        if (area instanceof Polygon polygon) {
            out.append("{\"type\":\"Polygon\",\"coordinates\":");
            polygon(polygon, decimals, out);
        } else if (area instanceof MultiPolygon multi) {
            out.append("{\"type\":\"MultiPolygon\",\"coordinates\":[");
            for (int i = 0; i < multi.getNumGeometries(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                polygon((Polygon) multi.getGeometryN(i), decimals, out);
            }
            out.append(']');
        } else {
            throw new IllegalArgumentException("Not an area: " + area.getGeometryType());
        }
        return out.append('}').toString();
    }

    private static void polygon(Polygon polygon, int decimals, StringBuilder out) {
        out.append('[');
        ring(polygon.getExteriorRing().getCoordinateSequence(), true, decimals, out);
        for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
            out.append(',');
            ring(polygon.getInteriorRingN(i).getCoordinateSequence(), false, decimals, out);
        }
        out.append(']');
    }

    private static void ring(CoordinateSequence ring, boolean outer, int decimals, StringBuilder out) {
        boolean backwards = Orientation.isCCW(ring) != outer;
        int n = ring.size();
        out.append('[');
        for (int k = 0; k < n; k++) {
            int i = backwards ? n - 1 - k : k;
            if (k > 0) {
                out.append(',');
            }
            out.append('[');
            number(ring.getX(i), decimals, out);
            out.append(',');
            number(ring.getY(i), decimals, out);
            out.append(']');
        }
        out.append(']');
    }

    /** A number rounded half away from zero to {@code decimals} places, written without exponent or trailing zeros. */
    static void number(double value, int decimals, StringBuilder out) {
        long scale = (long) Math.pow(10, decimals);
        long units = Math.round(Math.abs(value) * scale);
        if (units == 0) {
            out.append('0');
            return;
        }
        if (value < 0) {
            out.append('-');
        }
        out.append(units / scale);
        long fraction = units % scale;
        if (fraction != 0) {
            String digits = Long.toString(fraction + scale).substring(1);
            int end = digits.length();
            while (digits.charAt(end - 1) == '0') {
                end--;
            }
            out.append('.').append(digits, 0, end);
        }
    }
}
