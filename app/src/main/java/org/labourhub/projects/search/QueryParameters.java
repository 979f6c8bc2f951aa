package org.labourhub.projects.search;

import org.labourhub.projects.ActivityStatus;
import org.labourhub.projects.Modality;
import org.labourhub.projects.Theme;

import java.util.Arrays;
import java.util.Map;

/** Reads a project query from request parameters; a value that is not a known code is ignored, not an error. */
final class QueryParameters {

    private QueryParameters() {
    }

    static ProjectQuery read(Map<String, String> p) {
        return new ProjectQuery(p.get("q"), p.get("country"), code(Theme.class, p.get("theme")), p.get("funder"),
                code(ActivityStatus.class, p.get("status")), code(Modality.class, p.get("modality")),
                year(p.get("year")), number(p.get("page")));
    }

    private static <E extends Enum<E>> E code(Class<E> type, String value) {
        if (value == null) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value)).findFirst().orElse(null);
    }

    private static Integer year(String value) {
        return value != null && value.matches("[12][0-9]{3}") ? Integer.valueOf(value) : null;
    }

    private static int number(String value) {
        return value != null && value.matches("[0-9]{1,5}") ? Integer.parseInt(value) : 0;
    }
}
