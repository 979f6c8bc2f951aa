package org.labourhub.riskmaps.boundaries;

import org.labourhub.accounts.AuditTrail;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The boundary sets and their territories, for every floor that draws a map: a country's sets, its latest, a set's
 * codes, bounding box and territories, and the whole set as one GeoJSON FeatureCollection put together by the
 * database from the stored geometry texts, without parsing them again.
 */
@Component
public class BoundarySets {

    /** The audit trail's record type (see the module's RiskmapsAudit). */
    static final String TYPE = "boundary-set";
    private static final String COLUMNS = """
            s.id, s.country, s.name, s.code_property, s.name_property, s.source, s.uploaded_by, s.uploaded_at,
            (select count(*) from riskmaps.boundary b where b.set_id = s.id) as territories""";
    private static final String EMPTY = "{\"type\":\"FeatureCollection\",\"features\":[]}";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final AuditTrail audit;

    BoundarySets(JdbcClient jdbc, JdbcTemplate batch, AuditTrail audit) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.audit = audit;
    }

    /** Saves a set with its simplified territories in one transaction, audited. */
    @Transactional
    BoundarySet add(NewBoundarySet set, List<BoundarySimplifier.Simplified> territories, String uploader) {
        long id = jdbc.sql("""
                        insert into riskmaps.boundary_set (country, name, code_property, name_property, source, uploaded_by)
                        values (?, ?, ?, ?, ?, ?) returning id""")
                .params(set.country(), set.name(), set.codeProperty(), set.nameProperty(), set.source(), uploader)
                .query(Long.class).single();
        var rows = territories.stream().map(t -> new Object[] {id, t.code(), t.name(), t.geometry(),
                t.box().getMinX(), t.box().getMinY(), t.box().getMaxX(), t.box().getMaxY()}).toList();
        batch.batchUpdate("insert into riskmaps.boundary (set_id, code, name, geometry, min_lon, min_lat, max_lon, max_lat)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?)", rows);
        BoundarySet saved = find(id).orElseThrow();
        audit.created(TYPE, id, shown(saved));
        return saved;
    }

    public Optional<BoundarySet> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from riskmaps.boundary_set s where s.id = ?").param(id)
                .query(BoundarySets::set).optional();
    }

    /** A country's sets, newest first. */
    public List<BoundarySet> of(String country) {
        return jdbc.sql("select " + COLUMNS + " from riskmaps.boundary_set s where s.country = ?"
                        + " order by s.uploaded_at desc, s.id desc").param(country)
                .query(BoundarySets::set).list();
    }

    /** Every set, by country, newest first within each. */
    public List<BoundarySet> all() {
        return jdbc.sql("select " + COLUMNS + " from riskmaps.boundary_set s order by s.country, s.uploaded_at desc, s.id desc")
                .query(BoundarySets::set).list();
    }

    /** The set a country's maps use unless told otherwise: its newest. */
    public Optional<BoundarySet> latest(String country) {
        return of(country).stream().findFirst();
    }

    /** The territories' codes, in code order. */
    public List<String> codes(long setId) {
        return jdbc.sql("select code from riskmaps.boundary where set_id = ? order by code").param(setId)
                .query(String.class).list();
    }

    /** The territories with their names and boxes, in code order. */
    public List<Boundary> boundaries(long setId) {
        return jdbc.sql("select code, name, min_lon, min_lat, max_lon, max_lat from riskmaps.boundary where set_id = ?"
                        + " order by code").param(setId)
                .query((rs, row) -> new Boundary(rs.getString("code"), rs.getString("name"), bbox(rs))).list();
    }

    /** The box around all of a set's territories; empty for an unknown set. */
    public Optional<Bbox> bbox(long setId) {
        return jdbc.sql("select min(min_lon) as min_lon, min(min_lat) as min_lat, max(max_lon) as max_lon,"
                        + " max(max_lat) as max_lat from riskmaps.boundary where set_id = ? having count(*) > 0")
                .param(setId).query((rs, row) -> bbox(rs)).optional();
    }

    /**
     * The set as one GeoJSON FeatureCollection, its features in code order with the properties {@code code} and
     * {@code name} (null when the file gave none); an unknown set gives an empty collection.
     */
    public String featureCollection(long setId) {
        String collection = jdbc.sql("""
                        select '{"type":"FeatureCollection","features":[' || string_agg('{"type":"Feature","properties":'
                            || json_build_object('code', code, 'name', name)::text || ',"geometry":' || geometry || '}',
                            ',' order by code) || ']}'
                        from riskmaps.boundary where set_id = ?""")
                .param(setId).query(String.class).optional().orElse(null);
        return collection == null ? EMPTY : collection;
    }

    static Map<String, Object> shown(BoundarySet set) {
        var m = new LinkedHashMap<String, Object>();
        m.put("country", set.country());
        m.put("name", set.name());
        m.put("codeProperty", set.codeProperty());
        if (set.nameProperty() != null) {
            m.put("nameProperty", set.nameProperty());
        }
        if (set.source() != null) {
            m.put("source", set.source());
        }
        m.put("territories", set.territories());
        return m;
    }

    private static Bbox bbox(ResultSet rs) throws SQLException {
        return new Bbox(rs.getDouble("min_lon"), rs.getDouble("min_lat"), rs.getDouble("max_lon"), rs.getDouble("max_lat"));
    }

    private static BoundarySet set(ResultSet rs, int row) throws SQLException {
        return new BoundarySet(rs.getLong("id"), rs.getString("country"), rs.getString("name"),
                rs.getString("code_property"), rs.getString("name_property"), rs.getString("source"),
                rs.getString("uploaded_by"), rs.getObject("uploaded_at", OffsetDateTime.class), rs.getInt("territories"));
    }
}
