package org.labourhub.riskmaps.boundaries;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The parts of GeoJSON a boundary file uses: features, their plain properties, and Polygon and MultiPolygon geometry. */
final class GeoJsonReading {

    private GeoJsonReading() {
    }

    /** The feature whose START_OBJECT the parser is on, read to its END_OBJECT. */
    static FileFeature feature(JsonParser parser, int number) {
        Map<String, String> properties = new LinkedHashMap<>();
        Geometry geometry = null;
        BadShape problem = null;
        String id = null;
        for (String field = parser.nextName(); field != null; field = parser.nextName()) {
            JsonToken value = parser.nextToken();
            switch (field) {
                case "properties" -> properties = properties(parser);
                case "id" -> id = value.isScalarValue() && value != JsonToken.VALUE_NULL ? parser.getString() : skip(parser);
                case "geometry" -> {
                    if (value == JsonToken.START_OBJECT) {
                        try {
                            geometry = geometry(parser);
                        } catch (BadShape bad) {
                            problem = bad;
                        }
                    } else {
                        parser.skipChildren();
                    }
                }
                default -> parser.skipChildren();
            }
        }
        if (id != null && !id.isBlank()) {
            properties.putIfAbsent("id", id);
        }
        if (geometry == null && problem == null) {
            problem = new BadShape("noGeometry");
        }
        return new FileFeature(number, properties, geometry, problem);
    }

    /** The plain values (text, numbers, true and false) of the properties object the parser is on, as text. */
    static Map<String, String> properties(JsonParser parser) {
        var properties = new LinkedHashMap<String, String>();
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return properties;
        }
        for (String field = parser.nextName(); field != null; field = parser.nextName()) {
            JsonToken value = parser.nextToken();
            if (value.isScalarValue() && value != JsonToken.VALUE_NULL) {
                properties.put(field, parser.getString());
            } else {
                parser.skipChildren();
            }
        }
        return properties;
    }

    /** The geometry object the parser is on, read to its end; only areas are accepted. */
    private static Geometry geometry(JsonParser parser) throws BadShape {
        String type = null;
        Object coordinates = null;
        for (String field = parser.nextName(); field != null; field = parser.nextName()) {
            JsonToken value = parser.nextToken();
            if (field.equals("type") && value == JsonToken.VALUE_STRING) {
                type = parser.getString();
            } else if (field.equals("coordinates")) {
                coordinates = NestedArrays.read(parser);
            } else {
                parser.skipChildren();
            }
        }
        if (!"Polygon".equals(type) && !"MultiPolygon".equals(type)) {
            throw new BadShape("notArea", type == null ? "" : type);
        }
        if (coordinates == null) {
            throw new BadShape("noGeometry");
        }
        var polygons = new ArrayList<Polygon>();
        if (type.equals("Polygon")) {
            polygons.add(polygon(coordinates));
        } else {
            for (Object polygon : NestedArrays.list(coordinates)) {
                polygons.add(polygon(polygon));
            }
        }
        return Shapes.area(polygons);
    }

    private static Polygon polygon(Object rings) throws BadShape {
        var flat = new ArrayList<double[]>();
        for (Object ring : NestedArrays.list(rings)) {
            flat.add(ring(NestedArrays.list(ring)));
        }
        return Shapes.polygon(flat);
    }

    private static double[] ring(List<Object> positions) throws BadShape {
        double[] xy = new double[positions.size() * 2];
        for (int i = 0; i < positions.size(); i++) {
            double[] position = NestedArrays.numbers(positions.get(i));
            if (position.length < 2) {
                throw new BadShape("badCoordinates");
            }
            xy[2 * i] = position[0];
            xy[2 * i + 1] = position[1];
        }
        return xy;
    }

    private static String skip(JsonParser parser) {
        parser.skipChildren();
        return null;
    }
}
