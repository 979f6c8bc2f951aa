package org.labourhub.risk.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.labourhub.risk.csv.InputError;

/** A boundary file: a GeoJSON FeatureCollection whose features carry the territory code in a property. */
public final class Boundaries {

    private Boundaries() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> read(Path boundaries) {
        try {
            Object json = JsonReader.parse(Files.readString(boundaries, StandardCharsets.UTF_8));
            if (json instanceof Map<?, ?> map && "FeatureCollection".equals(map.get("type"))
                    && map.get("features") instanceof List<?>) {
                return (Map<String, Object>) map;
            }
            throw InputError.inFile(boundaries, "is not a GeoJSON FeatureCollection. Give a file with "
                    + "\"type\": \"FeatureCollection\" and a \"features\" list.");
        } catch (IOException e) {
            throw InputError.inFile(boundaries, "cannot be read (" + e.getMessage() + ").");
        } catch (IllegalArgumentException e) {
            throw InputError.inFile(boundaries, "is not valid JSON: " + e.getMessage() + ".");
        }
    }

    /** The territory code of every feature, in file order. */
    @SuppressWarnings("unchecked")
    public static List<String> codes(Path boundaries, String property) {
        return ((List<Object>) read(boundaries).get("features")).stream().map(f -> code((Map<String, Object>)
                ((Map<String, Object>) f).getOrDefault("properties", Map.of()), property, boundaries)).toList();
    }

    /** The territory code of a feature; whole numbers read as numbers are written without decimals. */
    static String code(Map<String, Object> properties, String property, Path boundaries) {
        Object code = properties.get(property);
        if (code == null) {
            throw InputError.inFile(boundaries, "a feature has no property '" + property + "'. Set "
                    + "geojson.code.property to the property that holds the territory code.");
        }
        return code instanceof Double d && d == Math.rint(d) ? Long.toString(d.longValue()) : code.toString();
    }
}
