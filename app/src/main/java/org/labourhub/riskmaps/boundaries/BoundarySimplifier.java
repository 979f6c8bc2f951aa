package org.labourhub.riskmaps.boundaries;

import org.locationtech.jts.coverage.CoverageSimplifier;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.precision.GeometryPrecisionReducer;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;

import java.util.ArrayList;
import java.util.List;

/**
 * Makes a boundary set light enough for a web map while keeping every territory.
 * <p>
 * The rule: the map draws the whole set about 1,000 pixels across, so detail under half a pixel cannot be seen; the
 * first tolerance is the set's extent (the larger of its width and height, in degrees) divided by 2,000. The set's
 * geometry must then stay under {@value #BUDGET} characters of GeoJSON whatever its number of territories, so that a
 * 2,000-territory country map stays under about 1.5 MB with its codes and names: while it is larger, the tolerance
 * grows in proportion to the excess (at least by a quarter, at most fourfold) and the set is simplified again from the
 * original, up to {@value #ROUNDS} times. Positions keep as many decimals as a tenth of the tolerance needs, at most
 * five (about one metre).
 * <p>
 * Invalid areas (self-intersections, rings touching wrongly) are fixed first. The set is simplified as a coverage, so
 * that a border shared by two territories is simplified once and stays shared, without gaps or overlaps; a territory
 * that this leaves empty or invalid (a file whose territories overlap is not a coverage) is simplified alone with the
 * topology-preserving simplifier instead, and one too small for any simplification keeps its fixed shape.
 */
final class BoundarySimplifier {

    static final int BUDGET = 1_400_000;
    static final int ROUNDS = 6;

    /** A territory made ready for the web: its area as GeoJSON text, and its bounding box as drawn in the file. */
    record Simplified(String code, String name, String geometry, Envelope box) {
    }

    /** The simplified set with the tolerance (degrees) and decimals it was written with. */
    record Result(List<Simplified> territories, double tolerance, int decimals, long characters) {
    }

    private BoundarySimplifier() {
    }

    static Result simplify(List<Territory> territories) {
        Geometry[] fixed = territories.stream().map(t -> fixed(t.geometry())).toArray(Geometry[]::new);
        var extent = new Envelope();
        for (Geometry g : fixed) {
            extent.expandToInclude(g.getEnvelopeInternal());
        }
        double tolerance = Math.max(Math.max(extent.getWidth(), extent.getHeight()), 1e-6) / 2000;
        for (int round = 1; ; round++) {
            Result result = written(territories, fixed, tolerance);
            if (result.characters() <= BUDGET || round == ROUNDS) {
                return result;
            }
            tolerance *= Math.min(4, Math.max(1.25, (double) result.characters() / BUDGET));
        }
    }

    private static Result written(List<Territory> territories, Geometry[] fixed, double tolerance) {
        Geometry[] simplified = coverage(fixed, tolerance);
        int decimals = decimals(tolerance);
        var grid = new PrecisionModel(Math.pow(10, decimals));
        var out = new ArrayList<Simplified>(fixed.length);
        long characters = 0;
        for (int i = 0; i < fixed.length; i++) {
            Geometry area = usable(simplified[i]) ? simplified[i] : alone(fixed[i], tolerance);
            Geometry rounded = GeometryPrecisionReducer.reduce(area, grid);
            String text = GeometryText.of(usable(rounded) ? rounded : area, usable(rounded) ? decimals : 5);
            characters += text.length();
            Territory t = territories.get(i);
            out.add(new Simplified(t.code(), t.name(), text, fixed[i].getEnvelopeInternal()));
        }
        return new Result(out, tolerance, decimals, characters);
    }

    static int decimals(double tolerance) {
        return (int) Math.max(1, Math.min(5, Math.ceil(Math.log10(10 / tolerance))));
    }

    private static Geometry[] coverage(Geometry[] fixed, double tolerance) {
        try {
            return CoverageSimplifier.simplify(fixed, tolerance);
        } catch (RuntimeException notACoverage) {
            return new Geometry[fixed.length]; // each territory is simplified alone
        }
    }

    private static Geometry alone(Geometry area, double tolerance) {
        Geometry simplified = TopologyPreservingSimplifier.simplify(area, tolerance);
        return usable(simplified) ? simplified : area;
    }

    private static boolean usable(Geometry area) {
        return area != null && !area.isEmpty() && area instanceof Polygonal && area.isValid();
    }

    /** The area made valid; one that fixing would empty (all its rings flat) is kept as the file drew it. */
    private static Geometry fixed(Geometry area) {
        if (area.isValid()) {
            return area;
        }
        Geometry fixed = GeometryFixer.fix(area);
        if (!(fixed instanceof Polygonal)) {
            fixed = polygonalPart(fixed);
        }
        return fixed.isEmpty() ? area : fixed;
    }

    private static Geometry polygonalPart(Geometry mixed) {
        var polygons = new ArrayList<org.locationtech.jts.geom.Polygon>();
        for (int i = 0; i < mixed.getNumGeometries(); i++) {
            Geometry part = mixed.getGeometryN(i);
            if (part instanceof org.locationtech.jts.geom.Polygon p && !p.isEmpty()) {
                polygons.add(p);
            } else if (part instanceof org.locationtech.jts.geom.MultiPolygon m) {
                for (int k = 0; k < m.getNumGeometries(); k++) {
                    polygons.add((org.locationtech.jts.geom.Polygon) m.getGeometryN(k));
                }
            }
        }
        return polygons.size() == 1 ? polygons.get(0)
                : Shapes.FACTORY.createMultiPolygon(polygons.toArray(org.locationtech.jts.geom.Polygon[]::new));
    }
}
