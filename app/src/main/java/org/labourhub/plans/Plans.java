package org.labourhub.plans;

import org.labourhub.platform.i18n.MultilingualText;
import org.labourhub.platform.i18n.MultilingualTextJson;
import org.labourhub.platform.web.ConcurrentEdit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The plans themselves (not their trees). */
@Repository
public class Plans {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SELECT = """
            select id, key, name::text as name, description::text as description, source_note::text as source_note, kind, status, period_start,
                   period_end, levels::text as levels, version
            from plans.plan
            """;

    private final JdbcClient jdbc;

    Plans(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<PlanOfAction> byId(long id) {
        return jdbc.sql(SELECT + "where id = ?").param(id).query(Plans::plan).optional();
    }

    public long add(PlanOfAction plan) {
        return jdbc.sql("""
                        insert into plans.plan (key, name, description, source_note, kind, status, period_start,
                            period_end, levels)
                        values (?, cast(? as jsonb), cast(? as jsonb), cast(? as jsonb), ?, ?, ?, ?, cast(? as jsonb))
                        returning id""")
                .params(plan.key(), MultilingualTextJson.write(plan.name()), MultilingualTextJson.write(plan.description()),
                        MultilingualTextJson.write(plan.sourceNote()), plan.kind().name(), plan.status().name(),
                        start(plan), end(plan),
                        levels(plan.levels()))
                .query(Long.class).single();
    }

    /** Saves a changed plan unless someone else saved it since {@code plan.version()} was read. */
    public void update(PlanOfAction plan) {
        int rows = jdbc.sql("""
                        update plans.plan set name = cast(? as jsonb), description = cast(? as jsonb), kind = ?, status = ?,
                               period_start = ?, period_end = ?, levels = cast(? as jsonb), version = version + 1
                        where id = ? and version = ?""")
                .params(MultilingualTextJson.write(plan.name()), MultilingualTextJson.write(plan.description()),
                        plan.kind().name(), plan.status().name(), start(plan), end(plan),
                        levels(plan.levels()), plan.id(), plan.version())
                .update();
        if (rows == 0) {
            throw new ConcurrentEdit("plan", plan.id());
        }
    }

    private static Object start(PlanOfAction plan) {
        return plan.period() == null ? null : plan.period().start();
    }

    private static Object end(PlanOfAction plan) {
        return plan.period() == null ? null : plan.period().end();
    }

    public static String levels(List<MultilingualText> levels) {
        ArrayNode array = JSON.createArrayNode();
        levels.forEach(l -> array.add(JSON.readTree(MultilingualTextJson.write(l))));
        return array.toString();
    }

    private static List<MultilingualText> readLevels(String json) {
        var levels = new ArrayList<MultilingualText>();
        JSON.readTree(json).forEach(node -> levels.add(MultilingualTextJson.read(node.toString())));
        return levels;
    }

    private static PlanOfAction plan(ResultSet rs, int n) throws SQLException {
        var start = Texts.date(rs, "period_start");
        return new PlanOfAction(rs.getLong("id"), rs.getString("key"), Texts.text(rs, "name"),
                Texts.text(rs, "description"), Texts.text(rs, "source_note"), PlanKind.valueOf(rs.getString("kind")),
                PlanStatus.valueOf(rs.getString("status")),
                start == null ? null : new Period(start, Texts.date(rs, "period_end")),
                readLevels(rs.getString("levels")), rs.getInt("version"));
    }
}
