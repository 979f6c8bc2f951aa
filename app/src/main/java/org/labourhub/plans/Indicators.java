package org.labourhub.plans;

import org.labourhub.platform.i18n.MultilingualText;
import org.labourhub.platform.web.ConcurrentEdit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import static org.labourhub.platform.i18n.MultilingualTextJson.read;
import static org.labourhub.platform.i18n.MultilingualTextJson.write;

/** An indicator's own definition as the secretariat adds and edits it: wording, measure, baseline, source and comment. */
@Repository
public class Indicators {

    public record Indicator(long id, long planId, long elementId, String number, MultilingualText name, Measure measure,
                     BigDecimal baseline, Integer baselineYear, MultilingualText source, MultilingualText comment,
                     int version) {
    }

    private final JdbcClient jdbc;

    Indicators(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Indicator> byId(long id) {
        return jdbc.sql("""
                        select i.id, e.plan_id, i.element_id, i.number, i.name::text as name, i.measure, i.baseline,
                               i.baseline_year, i.source::text as source, i.comment::text as comment, i.version
                        from plans.indicator i join plans.element e on e.id = i.element_id where i.id = ?""")
                .param(id).query(Indicators::indicator).optional();
    }

    /** Adds an indicator after the others of its element. */
    public long add(Indicator i) {
        int position = jdbc.sql("select coalesce(max(position), 0) + 1 from plans.indicator where element_id = ?")
                .param(i.elementId()).query(Integer.class).single();
        return jdbc.sql("""
                        insert into plans.indicator (element_id, number, name, measure, baseline, baseline_year, source,
                            comment, position)
                        values (?, ?, cast(? as jsonb), ?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?) returning id""")
                .params(i.elementId(), i.number(), write(i.name()), i.measure().name(), i.baseline(), i.baselineYear(),
                        write(i.source()), write(i.comment()), position)
                .query(Long.class).single();
    }

    /** Targets and values recorded: while there are any, the measure they were checked against stays. */
    public int entries(long id) {
        return jdbc.sql("""
                        select (select count(*) from plans.indicator_target where indicator_id = ?)
                             + (select count(*) from plans.indicator_value where indicator_id = ?)""")
                .params(id, id).query(Integer.class).single();
    }

    public void update(Indicator i) {
        int rows = jdbc.sql("""
                        update plans.indicator set number = ?, name = cast(? as jsonb), measure = ?, baseline = ?,
                            baseline_year = ?, source = cast(? as jsonb), comment = cast(? as jsonb), version = version + 1
                        where id = ? and version = ?""")
                .params(i.number(), write(i.name()), i.measure().name(), i.baseline(), i.baselineYear(),
                        write(i.source()), write(i.comment()), i.id(), i.version())
                .update();
        if (rows == 0) {
            throw new ConcurrentEdit("indicator", i.id());
        }
    }

    public void delete(long id, int version) {
        if (jdbc.sql("delete from plans.indicator where id = ? and version = ?").params(id, version).update() == 0) {
            throw new ConcurrentEdit("indicator", id);
        }
    }

    private static Indicator indicator(ResultSet rs, int n) throws SQLException {
        return new Indicator(rs.getLong("id"), rs.getLong("plan_id"), rs.getLong("element_id"), rs.getString("number"),
                read(rs.getString("name")), Measure.valueOf(rs.getString("measure")), rs.getBigDecimal("baseline"),
                rs.getObject("baseline_year", Integer.class), read(rs.getString("source")),
                read(rs.getString("comment")), rs.getInt("version"));
    }
}
