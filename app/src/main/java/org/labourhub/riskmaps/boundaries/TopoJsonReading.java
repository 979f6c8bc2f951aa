package org.labourhub.riskmaps.boundaries;

import org.locationtech.jts.geom.Polygon;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A TopoJSON Topology as it streams by: its arcs (quantized and delta-encoded when it has a transform), and the
 * geometries of its objects, which name arcs by index (~i: arc i backwards). Since a file may give its objects
 * before its arcs or its transform, the features are drawn once the whole file is read. Each geometry of an object's
 * GeometryCollection is one feature; an object that is a single geometry is one feature too.
 */
final class TopoJsonReading {

    private record Pending(int number, Map<String, String> properties, String type, Object arcs) {
    }

    private final List<double[]> arcs = new ArrayList<>();
    private final List<Pending> pending = new ArrayList<>();
    private double[] transform;

    /** Reads the "arcs" array the parser is on; an arc with anything but positions in it is kept as unusable. */
    void arcs(JsonParser parser) {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            parser.skipChildren();
            return;
        }
        for (JsonToken arc = parser.nextToken(); arc != JsonToken.END_ARRAY; arc = parser.nextToken()) {
            try {
                List<Object> positions = NestedArrays.list(NestedArrays.read(parser));
                double[] xy = new double[positions.size() * 2];
                for (int i = 0; i < positions.size(); i++) {
                    double[] position = NestedArrays.numbers(positions.get(i));
                    if (position.length < 2) {
                        throw new BadShape("badCoordinates");
                    }
                    xy[2 * i] = position[0];
                    xy[2 * i + 1] = position[1];
                }
                arcs.add(xy);
            } catch (BadShape unusable) {
                arcs.add(null);
            }
        }
    }

    /** Reads the "transform" object the parser is on: scale and translate, two numbers each. */
    void transform(JsonParser parser) {
        double[] t = {Double.NaN, Double.NaN, Double.NaN, Double.NaN};
        if (parser.currentToken() == JsonToken.START_OBJECT) {
            for (String field = parser.nextName(); field != null; field = parser.nextName()) {
                parser.nextToken();
                Object value = NestedArrays.read(parser);
                int at = field.equals("scale") ? 0 : field.equals("translate") ? 2 : -1;
                if (at >= 0 && value instanceof double[] pair && pair.length == 2) {
                    t[at] = pair[0];
                    t[at + 1] = pair[1];
                }
            }
        } else {
            parser.skipChildren();
        }
        transform = t;
    }

    /** Reads the "objects" object the parser is on; features are numbered from {@code first}; says how many it read. */
    int objects(JsonParser parser, int first) {
        int number = first;
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return 0;
        }
        for (String name = parser.nextName(); name != null; name = parser.nextName()) {
            parser.nextToken();
            number = object(parser, number);
        }
        return number - first;
    }

    private int object(JsonParser parser, int number) {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return number;
        }
        String type = null;
        Object arcs = null;
        Map<String, String> properties = new LinkedHashMap<>();
        String id = null;
        var members = new ArrayList<Pending>();
        for (String field = parser.nextName(); field != null; field = parser.nextName()) {
            JsonToken value = parser.nextToken();
            switch (field) {
                case "type" -> type = value == JsonToken.VALUE_STRING ? parser.getString() : null;
                case "arcs" -> arcs = NestedArrays.read(parser);
                case "properties" -> properties = GeoJsonReading.properties(parser);
                case "id" -> {
                    id = value.isScalarValue() && value != JsonToken.VALUE_NULL ? parser.getString() : null;
                    parser.skipChildren();
                }
                case "geometries" -> members = members(parser);
                default -> parser.skipChildren();
            }
        }
        if ("GeometryCollection".equals(type)) {
            for (Pending member : members) {
                pending.add(new Pending(number++, member.properties(), member.type(), member.arcs()));
            }
            return number;
        }
        if (id != null && !id.isBlank()) {
            properties.putIfAbsent("id", id);
        }
        pending.add(new Pending(number++, properties, type, arcs));
        return number;
    }

    /** A collection's geometries, numbered later (the members of a collection inside it are features too). */
    private ArrayList<Pending> members(JsonParser parser) {
        var members = new ArrayList<Pending>();
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            parser.skipChildren();
            return members;
        }
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            var holder = new TopoJsonReading();
            holder.object(parser, 0);
            members.addAll(holder.pending);
        }
        return members;
    }

    /** Draws every feature read, in the file's order, now that the arcs and the transform are known. */
    void features(Consumer<FileFeature> sink) {
        decode();
        for (Pending feature : pending) {
            try {
                sink.accept(new FileFeature(feature.number(), feature.properties(), area(feature), null));
            } catch (BadShape bad) {
                sink.accept(new FileFeature(feature.number(), feature.properties(), null, bad));
            }
        }
    }

    private org.locationtech.jts.geom.Geometry area(Pending feature) throws BadShape {
        if (!"Polygon".equals(feature.type()) && !"MultiPolygon".equals(feature.type())) {
            throw new BadShape("notArea", feature.type() == null ? "" : feature.type());
        }
        if (feature.arcs() == null) {
            throw new BadShape("noGeometry");
        }
        var polygons = new ArrayList<Polygon>();
        if (feature.type().equals("Polygon")) {
            polygons.add(polygon(feature.arcs()));
        } else {
            for (Object polygon : NestedArrays.list(feature.arcs())) {
                polygons.add(polygon(polygon));
            }
        }
        return Shapes.area(polygons);
    }

    private Polygon polygon(Object rings) throws BadShape {
        var drawn = new ArrayList<double[]>();
        for (Object ring : NestedArrays.list(rings)) {
            drawn.add(ring(NestedArrays.numbers(ring)));
        }
        return Shapes.polygon(drawn);
    }

    /** A ring's positions: its arcs one after the other, each but the first without its first point (shared). */
    private double[] ring(double[] references) throws BadShape {
        int total = 0;
        double[][] parts = new double[references.length][];
        for (int i = 0; i < references.length; i++) {
            double reference = references[i];
            int index = (int) reference;
            int arc = index >= 0 ? index : ~index;
            if (reference != index || arc >= arcs.size() || arcs.get(arc) == null) {
                throw new BadShape("badArc", reference);
            }
            parts[i] = index >= 0 ? arcs.get(arc) : reversed(arcs.get(arc));
            total += parts[i].length - (i == 0 ? 0 : 2);
        }
        double[] ring = new double[Math.max(total, 0)];
        int at = 0;
        for (int i = 0; i < parts.length; i++) {
            int skip = i == 0 ? 0 : 2;
            int length = Math.max(parts[i].length - skip, 0);
            System.arraycopy(parts[i], Math.min(skip, parts[i].length), ring, at, length);
            at += length;
        }
        return ring;
    }

    private static double[] reversed(double[] xy) {
        double[] back = new double[xy.length];
        for (int i = 0, n = xy.length / 2; i < n; i++) {
            back[2 * i] = xy[2 * (n - 1 - i)];
            back[2 * i + 1] = xy[2 * (n - 1 - i) + 1];
        }
        return back;
    }

    /** Undoes the quantization: positions are added up along each arc, then scaled and translated. */
    private void decode() {
        if (transform == null) {
            return;
        }
        for (double[] arc : arcs) {
            if (arc == null) {
                continue;
            }
            double x = 0;
            double y = 0;
            for (int i = 0; i + 1 < arc.length; i += 2) {
                x += arc[i];
                y += arc[i + 1];
                arc[i] = x * transform[0] + transform[2];
                arc[i + 1] = y * transform[1] + transform[3];
            }
        }
        transform = null;
    }
}
