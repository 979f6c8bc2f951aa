package org.labourhub.riskmaps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The territories a boundary set draws: their names for tables and fiches, and their outlines (GeoJSON geometry
 * objects, already simplified for the web) for maps and downloads. A run without a boundary set has neither.
 */
@Component
public class TerritoryNames {

    private final JdbcClient jdbc;

    TerritoryNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A boundary as maps draw it. */
    public record Outline(String code, String name, String geometry) {
    }

    /** Every territory's name in the set, by code; empty without a set. */
    public Map<String, String> of(Long boundarySetId) {
        var names = new HashMap<String, String>();
        if (boundarySetId != null) {
            jdbc.sql("select code, name from riskmaps.boundary where set_id = ? and name is not null")
                    .param(boundarySetId).query(rs -> {
                        names.put(rs.getString(1), rs.getString(2));
                    });
        }
        return names;
    }

    /** Hands each outline of the set to the consumer in code order, without holding them all at once. */
    public void outlines(Long boundarySetId, Consumer<Outline> each) {
        if (boundarySetId == null) {
            return;
        }
        jdbc.sql("select code, name, geometry from riskmaps.boundary where set_id = ? order by code")
                .param(boundarySetId)
                .query(rs -> {
                    each.accept(new Outline(rs.getString(1), rs.getString(2), rs.getString(3)));
                });
    }

    /** The boundary set's source and licence as shown beside a map, if it gives one. */
    public Optional<String> source(Long boundarySetId) {
        if (boundarySetId == null) {
            return Optional.empty();
        }
        return jdbc.sql("select source from riskmaps.boundary_set where id = ?").param(boundarySetId)
                .query(String.class).optional().filter(s -> !s.isBlank());
    }
}
