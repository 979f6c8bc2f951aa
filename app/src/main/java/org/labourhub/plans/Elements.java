package org.labourhub.plans;

import org.labourhub.platform.i18n.MultilingualText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.util.Optional;

import static org.labourhub.platform.i18n.MultilingualTextJson.write;

/** The tree of a plan: adding elements (results, parts, issues, organs…) and the indicators on them. */
@Repository
class Elements {

    /** Where an element sits: its plan and its depth. */
    record Place(long planId, int level) {
    }

    private final JdbcClient jdbc;

    Elements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Place> place(long elementId) {
        return jdbc.sql("select plan_id, level from plans.element where id = ?").param(elementId)
                .query((rs, n) -> new Place(rs.getLong(1), rs.getInt(2))).optional();
    }

    /** Adds an element after the others of the plan (or at the end of its parent's children). */
    long add(long planId, Long parentId, int level, String number, MultilingualText title, MultilingualText description) {
        int position = jdbc.sql("""
                        select coalesce(max(e.position), (select coalesce(max(position), 0) from plans.element where plan_id = ?)) + 1
                        from plans.element e where e.id = ? or e.parent_id = ?""")
                .params(planId, parentId, parentId).query(Integer.class).single();
        jdbc.sql("update plans.element set position = position + 1 where plan_id = ? and position >= ?")
                .params(planId, position).update();
        return jdbc.sql("""
                        insert into plans.element (plan_id, parent_id, level, number, title, description, position)
                        values (?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?) returning id""")
                .params(planId, parentId, level, number, write(title), write(description), position)
                .query(Long.class).single();
    }

    long addIndicator(long elementId, String number, MultilingualText name, Measure measure, BigDecimal baseline,
                      Integer baselineYear) {
        int position = jdbc.sql("select coalesce(max(position), 0) + 1 from plans.indicator where element_id = ?")
                .param(elementId).query(Integer.class).single();
        return jdbc.sql("""
                        insert into plans.indicator (element_id, number, name, measure, baseline, baseline_year, position)
                        values (?, ?, cast(? as jsonb), ?, ?, ?, ?) returning id""")
                .params(elementId, number, write(name), measure.name(), baseline, baselineYear, position)
                .query(Long.class).single();
    }
}
