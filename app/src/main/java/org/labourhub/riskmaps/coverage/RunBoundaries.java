package org.labourhub.riskmaps.coverage;

import org.labourhub.riskmaps.RiskmapsJson;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** The names and simplified geometries of a boundary set, as the coverage pages draw them. */
@Component
class RunBoundaries {

    private final JdbcClient jdbc;

    RunBoundaries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The territories' names by code; a boundary without a name is left out. */
    Map<String, String> names(long setId) {
        var names = new HashMap<String, String>();
        jdbc.sql("select code, name from riskmaps.boundary where set_id = ? and name is not null").param(setId)
                .query(rs -> { names.put(rs.getString(1), rs.getString(2)); });
        return names;
    }

    /**
     * The set as a GeoJSON feature collection whose features carry the territory's {@code code} and {@code name};
     * the geometries are written as stored (already GeoJSON geometry objects, simplified for the web).
     */
    String featureCollection(long setId) {
        var out = new StringBuilder(64 * 1024).append("{\"type\":\"FeatureCollection\",\"features\":[");
        jdbc.sql("select code, name, geometry from riskmaps.boundary where set_id = ? order by code").param(setId)
                .query(rs -> {
                    if (out.charAt(out.length() - 1) != '[') {
                        out.append(',');
                    }
                    var properties = new LinkedHashMap<String, Object>();
                    properties.put("code", rs.getString(1));
                    properties.put("name", rs.getString(2));
                    out.append("{\"type\":\"Feature\",\"properties\":").append(RiskmapsJson.write(properties))
                            .append(",\"geometry\":").append(rs.getString(3)).append('}');
                });
        return out.append("]}").toString();
    }
}
