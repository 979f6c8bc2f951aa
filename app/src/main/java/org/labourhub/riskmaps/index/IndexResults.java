package org.labourhub.riskmaps.index;

import org.labourhub.accounts.Actor;
import org.labourhub.accounts.AuditTrail;
import org.labourhub.accounts.Role;
import org.labourhub.platform.web.ConcurrentEdit;
import org.labourhub.riskmaps.RiskmapsJson;
import org.labourhub.riskmaps.RunVisibility;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The saved vulnerability indexes and their territories. Callers check first that the reader may see them. */
@Component
class IndexResults {

    static final String TYPE = "vulnerability-index";
    private static final TypeReference<List<Double>> NUMBERS = new TypeReference<>() { };
    private static final String COLUMNS = """
            id, country, title, dataset_id, boundary_set_id, settings::text, visibility, started_by, created_at,
            shared_at, published_at, version""";
    /** {@code RiskmapsPolicy.maySee} in SQL; parameters: username, maintains, analyst, country, focal point. */
    private static final String VISIBLE = """
            (visibility = 'PUBLISHED' or started_by = ? or ? or (visibility = 'SHARED' and (? or (country = ? and ?))))""";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final AuditTrail audit;

    IndexResults(JdbcClient jdbc, JdbcTemplate batch, AuditTrail audit) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.audit = audit;
    }

    /** Saves a computed index with its territories, in one transaction. */
    @Transactional
    IndexResult add(String country, String title, long datasetId, Long boundarySetId, IndexResult.Settings settings,
                    List<IndexResult.Territory> territories, String by) {
        long id = jdbc.sql("""
                        insert into riskmaps.vulnerability_index (country, title, dataset_id, boundary_set_id, settings,
                            started_by)
                        values (?, ?, ?, ?, cast(? as jsonb), ?) returning id""")
                .params(country, title, datasetId, boundarySetId, RiskmapsJson.write(settings), by)
                .query(Long.class).single();
        var rows = new ArrayList<Object[]>(territories.size());
        for (IndexResult.Territory t : territories) {
            rows.add(new Object[] {id, t.code(), t.score(), t.level(), RiskmapsJson.write(t.normalised())});
        }
        batch.batchUpdate("""
                insert into riskmaps.index_territory (index_id, code, score, level, normalised)
                values (?, ?, ?, ?, cast(? as jsonb))""", rows);
        IndexResult saved = find(id).orElseThrow();
        var shown = shown(saved);
        shown.put("territories", territories.size());
        audit.created(TYPE, id, shown);
        return saved;
    }

    Optional<IndexResult> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from riskmaps.vulnerability_index where id = ?").param(id)
                .query(IndexResults::index).optional();
    }

    /** The indexes of a country (of all countries when null) that the actor may see, newest first. */
    List<IndexResult> visibleTo(Actor actor, String country) {
        return jdbc.sql("select " + COLUMNS + " from riskmaps.vulnerability_index where (?::text is null or country = ?)"
                        + " and " + VISIBLE + " order by created_at desc, id desc")
                .params(country, country, actor.isAnonymous() ? "" : actor.username(), actor.maintainsEverything(),
                        actor.is(Role.ANALYST), actor.country().orElse(""), actor.is(Role.FOCAL_POINT))
                .query(IndexResults::index).list();
    }

    /** An index's territories, highest score first. */
    List<IndexResult.Territory> territories(long id) {
        return jdbc.sql("""
                        select code, score, level, normalised::text from riskmaps.index_territory where index_id = ?
                        order by score desc, code""")
                .param(id)
                .query((rs, row) -> new IndexResult.Territory(rs.getString(1), rs.getDouble(2), rs.getInt(3),
                        RiskmapsJson.read(rs.getString(4), NUMBERS)))
                .list();
    }

    /** Changes who sees an index; refused when it changed since the reader saw it. */
    @Transactional
    IndexResult changeVisibility(IndexResult before, RunVisibility to) {
        int changed = jdbc.sql("""
                        update riskmaps.vulnerability_index set visibility = ?,
                            shared_at = case when ? = 'PRIVATE' then null else coalesce(shared_at, now()) end,
                            published_at = case when ? = 'PUBLISHED' then now() else null end,
                            version = version + 1
                        where id = ? and version = ?""")
                .params(to.name(), to.name(), to.name(), before.id(), before.version()).update();
        if (changed == 0) {
            throw new ConcurrentEdit(TYPE, before.id());
        }
        IndexResult after = find(before.id()).orElseThrow();
        audit.updated(TYPE, before.id(), shown(before), shown(after));
        return after;
    }

    private static Map<String, Object> shown(IndexResult i) {
        var m = new LinkedHashMap<String, Object>();
        m.put("country", i.country());
        m.put("title", i.title());
        m.put("dataset", i.settings().datasetName());
        m.put("indicators", i.settings().indicators().size());
        m.put("visibility", i.visibility().name());
        return m;
    }

    private static IndexResult index(ResultSet rs, int row) throws SQLException {
        return new IndexResult(rs.getLong("id"), rs.getString("country"), rs.getString("title"),
                rs.getLong("dataset_id"), (Long) rs.getObject("boundary_set_id"),
                RiskmapsJson.read(rs.getString("settings"), IndexResult.Settings.class),
                RunVisibility.valueOf(rs.getString("visibility")), rs.getString("started_by"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("shared_at", OffsetDateTime.class),
                rs.getObject("published_at", OffsetDateTime.class), rs.getInt("version"));
    }
}
