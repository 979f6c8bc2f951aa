package org.labourhub.riskmaps;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The module's one JSON mapper, for its jsonb columns (variables, mappings, run inputs, summaries, details). */
public final class RiskmapsJson {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    private RiskmapsJson() {
    }

    public static String write(Object value) {
        return value == null ? null : JSON.writeValueAsString(value);
    }

    public static <T> T read(String json, Class<T> type) {
        return json == null ? null : JSON.readValue(json, type);
    }

    public static <T> T read(String json, TypeReference<T> type) {
        return json == null ? null : JSON.readValue(json, type);
    }
}
