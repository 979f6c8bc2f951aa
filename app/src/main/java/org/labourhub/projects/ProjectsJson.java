package org.labourhub.projects;

import tools.jackson.databind.json.JsonMapper;

/** The module's one JSON mapper, for jsonb columns that are not multilingual text. */
public final class ProjectsJson {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    private ProjectsJson() {
    }

    public static String write(Object value) {
        return value == null ? null : JSON.writeValueAsString(value);
    }

    /** A location's administrative areas as stored: {@code [{"vocabulary": …, "level": …, "code": …}, …]}. */
    static java.util.List<Project.Administrative> administrative(String json) {
        if (json == null) {
            return java.util.List.of();
        }
        return java.util.Arrays.asList(JSON.readValue(json, Project.Administrative[].class));
    }
}
