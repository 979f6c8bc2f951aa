package org.labourhub.riskmaps.boundaries;

import com.ibm.icu.text.MessageFormat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * GeoJSON, TopoJSON and zipped Shapefiles are read into territories with the chosen code and name properties, whatever
 * the order of their members; each bad input is named by file, feature and property, in a message every language has.
 */
class BoundaryFileTest {

    private static final Set<BoundaryProblem> SEEN = new HashSet<>();

    @TempDir
    Path folder;

    static final String TWO_SQUARES = """
            {"type": "FeatureCollection", "features": [
              {"type": "Feature", "properties": {"ubigeo": "PE-AMA", "nombre": "Amazonas", "area": 39249.1},
               "geometry": {"type": "Polygon", "coordinates": [[[-78, -6], [-77, -6], [-77, -5], [-78, -5], [-78, -6]]]}},
              {"type": "Feature", "geometry": {"coordinates": [[[[-77, -6], [-76, -6], [-76, -5], [-77, -5]]],
                                                                [[[-70, -10], [-69, -10], [-69, -9], [-70, -10]]]],
                                                "type": "MultiPolygon"},
               "properties": {"ubigeo": "PE-LOR", "nombre": "Loreto", "area": null}}
            ]}""";

    @Test
    void aGeoJsonFileGivesItsPropertiesThenItsTerritories() throws IOException {
        var file = new BoundaryFile(write("peru.geojson", TWO_SQUARES), "peru.geojson");

        var survey = file.survey();
        assertThat(survey.features()).isEqualTo(2);
        assertThat(survey.properties()).extracting(BoundaryFile.Property::name).containsExactly("ubigeo", "nombre", "area");
        assertThat(survey.properties().get(0).examples()).containsExactly("PE-AMA", "PE-LOR");
        assertThat(survey.likelyCode()).isEqualTo("ubigeo");
        assertThat(survey.likelyName()).isEqualTo("nombre");

        var reading = file.read("ubigeo", "nombre");
        assertThat(reading.problems()).isEmpty();
        assertThat(reading.territories()).extracting(Territory::code).containsExactly("PE-AMA", "PE-LOR");
        assertThat(reading.territories()).extracting(Territory::name).containsExactly("Amazonas", "Loreto");
        assertThat(reading.territories().get(0).geometry().getArea()).isEqualTo(1.0);
        // the unclosed ring is closed; the MultiPolygon keeps both parts
        assertThat(reading.territories().get(1).geometry().getNumGeometries()).isEqualTo(2);
    }

    @Test
    void everyBadFeatureIsNamedByFileFeatureAndProperty() throws IOException {
        String bad = """
                {"features": [
                  {"type": "Feature", "properties": {"code": "A"}, "geometry": {"type": "Polygon", "coordinates": [[[0,0],[1,0],[1,1],[0,0]]]}},
                  {"type": "Feature", "properties": {"code": "A"}, "geometry": {"type": "Polygon", "coordinates": [[[2,0],[3,0],[3,1],[2,0]]]}},
                  {"type": "Feature", "properties": {"name": "no code"}, "geometry": {"type": "Polygon", "coordinates": [[[2,0],[3,0],[3,1],[2,0]]]}},
                  {"type": "Feature", "properties": {"code": "P"}, "geometry": {"type": "Point", "coordinates": [1, 1]}},
                  {"type": "Feature", "properties": {"code": "U"}, "geometry": {"type": "Polygon", "coordinates": [[[500000,8000000],[510000,8000000],[510000,8010000],[500000,8000000]]]}},
                  {"type": "Feature", "properties": {"code": "N"}, "geometry": null},
                  {"type": "Feature", "properties": {"code": "T"}, "geometry": {"type": "Polygon", "coordinates": [[["a","b"],[1,0],[1,1]]]}},
                  {"type": "Feature", "properties": {"code": "F"}, "geometry": {"type": "Polygon", "coordinates": [[[0,0],[1,1],[0,0]]]}}
                ], "type": "FeatureCollection"}""";
        var reading = new BoundaryFile(write("bad.geojson", bad), "bad.geojson").read("code", "name");

        assertThat(reading.territories()).extracting(Territory::code).containsExactly("A");
        assertThat(reading.problems()).containsExactly(
                BoundaryProblem.of("duplicateCode", "bad.geojson", 2, "A", 1),
                BoundaryProblem.of("noCode", "bad.geojson", 3, "code"),
                BoundaryProblem.of("notArea", "bad.geojson", 4, "Point"),
                BoundaryProblem.of("notDegrees", "bad.geojson", 5, 500000.0, 8000000.0),
                BoundaryProblem.of("noGeometry", "bad.geojson", 6),
                BoundaryProblem.of("badCoordinates", "bad.geojson", 7),
                BoundaryProblem.of("noArea", "bad.geojson", 8));
        SEEN.addAll(reading.problems());
    }

    @Test
    void aPropertyNoFeatureHasIsOneProblem() throws IOException {
        var reading = new BoundaryFile(write("peru.geojson", TWO_SQUARES), "peru.geojson").read("CODIGO", null);
        assertThat(reading.problems()).containsExactly(BoundaryProblem.of("noCodeAnywhere", "peru.geojson", "CODIGO"));
        SEEN.addAll(reading.problems());
    }

    @Test
    void filesThatAreNotBoundariesAreRefusedWithWhereTheyBreak() throws IOException {
        assertThatThrownBy(() -> new BoundaryFile(write("cut.geojson", TWO_SQUARES.substring(0, 200)), "cut.geojson").survey())
                .isInstanceOfSatisfying(UnreadableBoundaryFile.class, e -> {
                    assertThat(e.problem().key()).isEqualTo("riskmaps.boundaries.problem.notJson");
                    assertThat(e.problem().args()).startsWith("cut.geojson", 3);
                    SEEN.add(e.problem());
                });
        assertThatThrownBy(() -> new BoundaryFile(write("one.geojson", "{\"type\": \"Feature\", \"properties\": {}}"), "one.geojson").survey())
                .isInstanceOfSatisfying(UnreadableBoundaryFile.class, e -> {
                    assertThat(e.problem()).isEqualTo(BoundaryProblem.of("notBoundaryFile", "one.geojson"));
                    SEEN.add(e.problem());
                });
        assertThatThrownBy(() -> new BoundaryFile(write("list.json", "[1, 2]"), "list.json").survey())
                .isInstanceOf(UnreadableBoundaryFile.class);
        var empty = new BoundaryFile(write("empty.geojson", "{\"type\": \"FeatureCollection\", \"features\": []}"), "empty.geojson")
                .read("code", null);
        assertThat(empty.problems()).containsExactly(BoundaryProblem.of("empty", "empty.geojson"));
        SEEN.addAll(empty.problems());
    }

    /**
     * Two squares sharing the arc x = 1 (arc 0, the second square takes it backwards as ~0), and a MultiPolygon of two
     * more; quantized on a 1,000 grid with delta-encoded arcs, the objects given before the arcs and the transform.
     */
    static final String TOPOLOGY = """
            {"type": "Topology",
             "objects": {"units": {"type": "GeometryCollection", "geometries": [
                {"type": "Polygon", "arcs": [[0, 1]], "properties": {"code": "W", "name": "West"}},
                {"type": "Polygon", "arcs": [[2, -1]], "properties": {"code": "E", "name": "East"}},
                {"type": "MultiPolygon", "arcs": [[[3]], [[4]]], "id": "I", "properties": {"name": "Islands"}}
             ]}},
             "arcs": [
                [[100, 0], [0, 100]],
                [[100, 100], [-100, 0], [0, -100], [100, 0]],
                [[100, 0], [100, 0], [0, 100], [-100, 0]],
                [[300, 300], [10, 0], [0, 10], [-10, -10]],
                [[400, 400], [10, 0], [0, 10], [-10, -10]]
             ],
             "transform": {"scale": [0.01, 0.01], "translate": [-80, -10]}}""";

    @Test
    void aTopologyIsDecodedWithSharedArcsAndItsQuantization() throws IOException {
        var file = new BoundaryFile(write("units.topojson", TOPOLOGY), "units.topojson");
        assertThat(file.survey().properties()).extracting(BoundaryFile.Property::name).containsExactly("code", "name", "id");

        var reading = file.read("code", "name");
        assertThat(reading.territories()).extracting(Territory::code).containsExactly("W", "E");
        assertThat(reading.problems()).containsExactly(BoundaryProblem.of("noCode", "units.topojson", 3, "code"));
        var west = reading.territories().get(0).geometry();
        var east = reading.territories().get(1).geometry();
        assertThat(west.getArea()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(west.getEnvelopeInternal().getMinX()).isCloseTo(-80.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(east.getEnvelopeInternal().getMaxX()).isCloseTo(-78.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(west.intersection(east).getArea()).isZero();
        assertThat(west.touches(east)).isTrue();

        var byId = file.read("id", "name");
        assertThat(byId.territories()).extracting(Territory::code).containsExactly("I");
        assertThat(byId.territories().get(0).geometry().getNumGeometries()).isEqualTo(2);
    }

    @Test
    void aTopologyNamingAnArcItDoesNotHaveIsRefusedForThatFeature() throws IOException {
        String broken = TOPOLOGY.replace("[[2, -1]]", "[[2, -9]]");
        var reading = new BoundaryFile(write("units.topojson", broken), "units.topojson").read("code", "name");
        assertThat(reading.territories()).extracting(Territory::code).containsExactly("W");
        assertThat(reading.problems()).contains(BoundaryProblem.of("badArc", "units.topojson", 2, -9.0));
        SEEN.addAll(reading.problems());
    }

    @Test
    void aZippedShapefileIsReadWithItsCodePage() throws IOException {
        Path zip = folder.resolve("gt.zip");
        new ShapefileSample()
                .square("GT-GU", "Guatemala", -90.6, 14.5)
                .square("GT-QC", "Quiché", -91.0, 15.3)
                .write(zip, "windows-1252", "1252");
        var file = new BoundaryFile(zip, "gt.zip");
        assertThat(file.survey().properties()).extracting(BoundaryFile.Property::name).containsExactly("CODE", "NAME");
        var reading = file.read("CODE", "NAME");
        assertThat(reading.problems()).isEmpty();
        assertThat(reading.territories()).extracting(Territory::name).containsExactly("Guatemala", "Quiché");
        assertThat(reading.territories().get(1).geometry().getArea()).isCloseTo(0.01, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void aProjectedShapefileIsRefusedAsSuch() throws IOException {
        Path zip = folder.resolve("utm.zip");
        new ShapefileSample().square("X", "X", 10, 10).projected().write(zip, "UTF-8", "UTF-8");
        assertThatThrownBy(() -> new BoundaryFile(zip, "utm.zip").survey())
                .isInstanceOfSatisfying(UnreadableBoundaryFile.class, e -> {
                    assertThat(e.problem()).isEqualTo(BoundaryProblem.of("projected", "utm.zip"));
                    SEEN.add(e.problem());
                });
    }

    @Test
    void zipsWithoutOneShapefileAndItsTableAreRefused() throws IOException {
        Path notes = zip("notes.zip", "README.txt");
        assertThatThrownBy(() -> new BoundaryFile(notes, "notes.zip").survey())
                .isInstanceOfSatisfying(UnreadableBoundaryFile.class, e -> {
                    assertThat(e.problem()).isEqualTo(BoundaryProblem.of("shapefileCount", "notes.zip", 0));
                    SEEN.add(e.problem());
                });
        Path alone = zip("alone.zip", "units.shp");
        assertThatThrownBy(() -> new BoundaryFile(alone, "alone.zip").survey())
                .isInstanceOfSatisfying(UnreadableBoundaryFile.class, e -> {
                    assertThat(e.problem()).isEqualTo(BoundaryProblem.of("shapefileWithoutDbf", "alone.zip"));
                    SEEN.add(e.problem());
                });
        Path cut = zip("cut.zip", "units.shp", "units.dbf");
        assertThatThrownBy(() -> new BoundaryFile(cut, "cut.zip").survey())
                .isInstanceOfSatisfying(UnreadableBoundaryFile.class, e -> {
                    assertThat(e.problem()).isEqualTo(BoundaryProblem.of("brokenShapefile", "cut.zip"));
                    SEEN.add(e.problem());
                });
    }

    private Path zip(String name, String... entries) throws IOException {
        Path zip = folder.resolve(name);
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            for (String entry : entries) {
                out.putNextEntry(new java.util.zip.ZipEntry(entry));
                out.write(new byte[] {1, 2, 3});
                out.closeEntry();
            }
        }
        return zip;
    }

    /** Every problem the tests met reads as a sentence in each language, with nothing left unfilled. */
    @AfterAll
    static void everyProblemHasItsMessageInTheFourLanguages() throws IOException {
        for (String language : List.of("en", "es", "fr", "pt")) {
            var bundle = new Properties();
            try (var in = BoundaryFileTest.class.getResourceAsStream("/i18n/riskmaps/messages_" + language + ".properties")) {
                bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (BoundaryProblem problem : SEEN) {
                String pattern = bundle.getProperty(problem.key());
                assertThat(pattern).as(problem.key() + " in " + language).isNotNull();
                String text = new MessageFormat(pattern, Locale.forLanguageTag(language)).format(problem.arguments());
                assertThat(text).doesNotContain("{").contains(problem.args().get(0).toString());
            }
        }
        assertThat(SEEN).hasSizeGreaterThan(9);
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content);
    }
}
