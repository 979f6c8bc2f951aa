package org.labourhub.risk.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.labourhub.risk.RunResult;

/**
 * Copies a boundary GeoJSON FeatureCollection, adding each territory's results to its feature's properties.
 * The feature is matched by the property named in {@code geojson.code.property}. Features without census
 * children keep their geometry and get {@code children = 0}.
 */
public final class GeoJsonOutput {

    private GeoJsonOutput() {
    }

    @SuppressWarnings("unchecked")
    public static void write(RunResult run, Path boundaries, Path file) {
        Map<String, Object> collection = Boundaries.read(boundaries);
        Map<String, Integer> index = new HashMap<>();
        for (int t = 0; t < run.rates().size(); t++) {
            index.put(run.rates().totals().codes().get(t), t);
        }
        String property = run.config().boundaryCodeProperty();
        for (Object feature : (List<Object>) collection.get("features")) {
            var properties = (Map<String, Object>) ((Map<String, Object>) feature)
                    .computeIfAbsent("properties", k -> new LinkedHashMap<String, Object>());
            Integer t = index.get(Boundaries.code(properties, property, boundaries));
            if (t == null) {
                properties.put("children", 0.0);
            } else {
                TerritoryRow.of(run, t).forEach((name, value) -> {
                    if (!name.equals("territory")) {
                        properties.put(name, value);
                    }
                });
            }
        }
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            new JsonWriter(out).value(collection);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
