package org.labourhub.projects;

import org.labourhub.platform.i18n.MultilingualTextJson;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/** Reads projects' results with their indicators, in their recorded order. */
final class ResultReader {

    private final JdbcTemplate jdbc;

    ResultReader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void read(Object projectIds, BiConsumer<Long, Project.Result> into) {
        Map<Long, List<Project.Indicator>> indicators = new HashMap<>();
        jdbc.query("""
                select i.result_id, i.measure, i.title::text, i.baseline_year, i.baseline_value, i.target_value,
                       i.actual_value, i.period_year
                from projects.indicator i join projects.result r on r.id = i.result_id
                where r.project_id = any(?) order by i.result_id, i.position""",
                rs -> { indicators.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Project.Indicator(
                        IndicatorMeasure.valueOf(rs.getString(2)), MultilingualTextJson.read(rs.getString(3)),
                        (Integer) rs.getObject(4), rs.getString(5), rs.getString(6), rs.getString(7),
                        (Integer) rs.getObject(8))); }, projectIds);
        jdbc.query("select id, project_id, type, title::text from projects.result where project_id = any(?) order by project_id, position",
                rs -> { into.accept(rs.getLong(2), new Project.Result(ResultType.valueOf(rs.getString(3)),
                        MultilingualTextJson.read(rs.getString(4)), indicators.getOrDefault(rs.getLong(1), List.of()))); }, projectIds);
    }
}
