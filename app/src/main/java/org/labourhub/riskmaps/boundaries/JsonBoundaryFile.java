package org.labourhub.riskmaps.boundaries;

import org.labourhub.riskmaps.RiskmapsJson;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

import java.io.InputStream;
import java.util.function.Consumer;

/**
 * A GeoJSON FeatureCollection or a TopoJSON Topology, told apart by their members as they stream by: the file is
 * read once, feature after feature, and never held whole in memory.
 */
final class JsonBoundaryFile {

    private JsonBoundaryFile() {
    }

    /** Gives each feature of the file to {@code sink} in the file's order; refuses a file that is neither format. */
    static void read(InputStream in, String file, Consumer<FileFeature> sink) {
        try (JsonParser parser = RiskmapsJson.JSON.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new UnreadableBoundaryFile(BoundaryProblem.of("notBoundaryFile", file));
            }
            String type = null;
            boolean features = false;
            int count = 0;
            var topology = new TopoJsonReading();
            for (String field = parser.nextName(); field != null; field = parser.nextName()) {
                JsonToken value = parser.nextToken();
                switch (field) {
                    case "type" -> type = value == JsonToken.VALUE_STRING ? parser.getString() : null;
                    case "features" -> {
                        features = true;
                        count += features(parser, count, sink);
                    }
                    case "arcs" -> topology.arcs(parser);
                    case "transform" -> topology.transform(parser);
                    case "objects" -> count += topology.objects(parser, count + 1);
                    default -> parser.skipChildren();
                }
            }
            if ("Topology".equals(type)) {
                topology.features(sink);
            } else if (!"FeatureCollection".equals(type) && !features) {
                throw new UnreadableBoundaryFile(BoundaryProblem.of("notBoundaryFile", file));
            }
        } catch (JacksonException broken) {
            var where = broken.getLocation();
            throw new UnreadableBoundaryFile(BoundaryProblem.of("notJson", file,
                    where == null ? 0 : where.getLineNr(), where == null ? 0 : where.getColumnNr()));
        }
    }

    private static int features(JsonParser parser, int before, Consumer<FileFeature> sink) {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            parser.skipChildren();
            return 0;
        }
        int read = 0;
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            read++;
            if (token == JsonToken.START_OBJECT) {
                sink.accept(GeoJsonReading.feature(parser, before + read));
            } else {
                parser.skipChildren();
                sink.accept(new FileFeature(before + read, java.util.Map.of(), null, new BadShape("noGeometry")));
            }
        }
        return read;
    }
}
