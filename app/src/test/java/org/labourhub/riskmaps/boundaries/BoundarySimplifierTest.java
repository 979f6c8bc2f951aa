package org.labourhub.riskmaps.boundaries;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A country of 2,000 territories with detailed borders comes out under the size budget, every territory kept, valid
 * and still touching its neighbours; invalid areas are fixed; a tiny territory is kept.
 */
class BoundarySimplifierTest {

    @Test
    void aTwoThousandTerritoryCountryStaysUnderTheBudgetAndKeepsEveryTerritory() {
        List<Territory> grid = WigglyGrid.territories(50, 40, 60);
        long original = grid.stream().mapToLong(t -> GeometryText.of(t.geometry(), 5).length()).sum();

        var result = BoundarySimplifier.simplify(grid);

        assertThat(original).as("the original is heavy").isGreaterThan(8_000_000);
        assertThat(result.characters()).isLessThanOrEqualTo(BoundarySimplifier.BUDGET).isLessThan(original / 5);
        assertThat(result.territories()).hasSize(2000);
        assertThat(result.territories()).extracting(BoundarySimplifier.Simplified::code)
                .containsExactlyElementsOf(grid.stream().map(Territory::code).toList());
        var shapes = new ArrayList<Geometry>();
        for (var t : result.territories()) {
            Geometry g = read(t.geometry());
            assertThat(g.isValid()).as(t.code()).isTrue();
            assertThat(g.isEmpty()).as(t.code()).isFalse();
            shapes.add(g);
        }
        // borders stay shared: neighbours neither overlap nor leave a gap between them
        assertThat(shapes.get(0).intersection(shapes.get(1)).getArea()).isLessThan(1e-9);
        double total = shapes.stream().mapToDouble(Geometry::getArea).sum();
        assertThat(total).isCloseTo(50 * 40 * 0.1 * 0.1, org.assertj.core.data.Offset.offset(0.5));
        assertThat(result.decimals()).isBetween(1, 5);
    }

    @Test
    void invalidAreasAreFixedAndTinyOnesKept() throws Exception {
        var wkt = new WKTReader(Shapes.FACTORY);
        var bowTie = new Territory("BT", "Bow tie", wkt.read("POLYGON ((0 0, 2 2, 2 0, 0 2, 0 0))"));
        var big = new Territory("BIG", null, wkt.read("POLYGON ((3 0, 13 0, 13 10, 3 10, 3 0))"));
        var tiny = new Territory("TINY", null, wkt.read("POLYGON ((20 20, 20.00001 20, 20.00001 20.00001, 20 20))"));

        var result = BoundarySimplifier.simplify(List.of(bowTie, big, tiny));

        assertThat(result.territories()).extracting(BoundarySimplifier.Simplified::code).containsExactly("BT", "BIG", "TINY");
        Geometry fixed = read(result.territories().get(0).geometry());
        assertThat(fixed.isValid()).isTrue();
        assertThat(fixed.getArea()).isCloseTo(2.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(read(result.territories().get(2).geometry()).isEmpty()).isFalse();
        assertThat(result.territories().get(1).box().getMaxX()).isEqualTo(13.0);
    }

    @Test
    void geoJsonTextHasOuterRingsCounterClockwiseAndNoTrailingZeros() throws Exception {
        var square = new WKTReader(Shapes.FACTORY).read("POLYGON ((0 0, 0 1.5, 1.25 1.5, 1.25 0, 0 0))");
        assertThat(GeometryText.of(square, 3))
                .isEqualTo("{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1.25,0],[1.25,1.5],[0,1.5],[0,0]]]}");
        var out = new StringBuilder();
        GeometryText.number(-77.123456, 5, out);
        assertThat(out).hasToString("-77.12346");
    }

    /** Reads the GeoJSON text back through the upload's own reader. */
    private static Geometry read(String geometry) {
        try {
            var file = java.nio.file.Files.createTempFile("shape", ".geojson");
            java.nio.file.Files.writeString(file, "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
                    + "\"properties\":{\"c\":\"x\"},\"geometry\":" + geometry + "}]}");
            var reading = new BoundaryFile(file, "shape.geojson").read("c", null);
            java.nio.file.Files.delete(file);
            return reading.territories().isEmpty() ? Shapes.FACTORY.createPolygon() : reading.territories().get(0).geometry();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A grid of 0.1-degree cells whose shared edges wiggle the same way for both neighbours, as real borders do. */
    static final class WigglyGrid {

        static List<Territory> territories(int columns, int rows, int pointsPerEdge) {
            var out = new ArrayList<Territory>();
            for (int i = 0; i < columns; i++) {
                for (int j = 0; j < rows; j++) {
                    var ring = new ArrayList<Coordinate>();
                    edge(ring, i, j, i + 1, j, pointsPerEdge, rows, columns);
                    edge(ring, i + 1, j, i + 1, j + 1, pointsPerEdge, rows, columns);
                    edge(ring, i + 1, j + 1, i, j + 1, pointsPerEdge, rows, columns);
                    edge(ring, i, j + 1, i, j, pointsPerEdge, rows, columns);
                    ring.add(ring.get(0).copy());
                    out.add(new Territory("T%02d%02d".formatted(i, j), "Cell " + i + "/" + j,
                            Shapes.FACTORY.createPolygon(ring.toArray(Coordinate[]::new))));
                }
            }
            return out;
        }

        /** Points along the edge from (a, b) to (c, d) in grid units, without its last point; outer edges stay straight. */
        private static void edge(List<Coordinate> ring, int a, int b, int c, int d, int n, int rows, int columns) {
            boolean forward = a < c || b < d;
            int x0 = Math.min(a, c), y0 = Math.min(b, d);
            boolean horizontal = b == d;
            boolean outer = horizontal ? (b == 0 || b == rows) : (a == 0 || a == columns);
            var points = new ArrayList<Coordinate>();
            for (int k = 0; k <= n; k++) {
                double t = (double) k / n;
                double wiggle = outer || k == 0 || k == n ? 0
                        : 0.08 * Math.sin(t * Math.PI) * Math.sin(k * 1.7 + x0 * 3.1 + y0 * 5.3 + (horizontal ? 0 : 1));
                double x = horizontal ? x0 + t : x0 + wiggle;
                double y = horizontal ? y0 + wiggle : y0 + t;
                points.add(new Coordinate(-80 + x * 0.1, -20 + y * 0.1));
            }
            if (!forward) {
                java.util.Collections.reverse(points);
            }
            ring.addAll(points.subList(0, n));
        }
    }
}
