package org.labourhub.riskmaps.definitions;

import org.labourhub.accounts.AuditTrail;
import org.labourhub.platform.web.ConcurrentEdit;
import org.labourhub.risk.survey.ChildLabourDefinition;
import org.labourhub.riskmaps.Definition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The saved definitions of child labour, by country and name; each change is audited. A name is unique within its
 * country (a second one with the same name is refused by the database as a {@code DuplicateKeyException}).
 */
@Component
public class Definitions {

    static final String TYPE = "child-labour-definition";
    private static final String COLUMNS = """
            id, country, name, min_age, young_max_age, middle_max_age, max_age, young_min_hours, middle_min_hours,
            oldest_max_hours, count_chores, chores_max_hours, version""";

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    Definitions(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** A country's definitions by name. */
    public List<Definition> of(String country) {
        return jdbc.sql("select " + COLUMNS + " from riskmaps.definition where country = ? order by lower(name), id")
                .param(country).query(Definitions::definition).list();
    }

    public Optional<Definition> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from riskmaps.definition where id = ?").param(id)
                .query(Definitions::definition).optional();
    }

    @Transactional
    public Definition add(Definition d, String by) {
        ChildLabourDefinition r = d.rules();
        long id = jdbc.sql("""
                        insert into riskmaps.definition (country, name, min_age, young_max_age, middle_max_age, max_age,
                            young_min_hours, middle_min_hours, oldest_max_hours, count_chores, chores_max_hours, saved_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(d.country(), d.name(), r.minAge(), r.youngMaxAge(), r.middleMaxAge(), r.maxAge(),
                        hours(r.youngMinHours()), hours(r.middleMinHours()), hours(r.oldestMaxHours()), r.countChores(),
                        hours(r.choresMaxHours()), by)
                .query(Long.class).single();
        Definition saved = find(id).orElseThrow();
        audit.created(TYPE, id, shown(saved));
        return saved;
    }

    /** Saves a changed definition; refused when someone saved it since {@code after.version()} was read. */
    @Transactional
    public Definition update(Definition after, String by) {
        Definition before = find(after.id()).orElseThrow(() -> new ConcurrentEdit(TYPE, after.id()));
        ChildLabourDefinition r = after.rules();
        int changed = jdbc.sql("""
                        update riskmaps.definition set name = ?, min_age = ?, young_max_age = ?, middle_max_age = ?,
                            max_age = ?, young_min_hours = ?, middle_min_hours = ?, oldest_max_hours = ?,
                            count_chores = ?, chores_max_hours = ?, saved_by = ?, saved_at = now(), version = version + 1
                        where id = ? and version = ?""")
                .params(after.name(), r.minAge(), r.youngMaxAge(), r.middleMaxAge(), r.maxAge(),
                        hours(r.youngMinHours()), hours(r.middleMinHours()), hours(r.oldestMaxHours()), r.countChores(),
                        hours(r.choresMaxHours()), by, after.id(), after.version())
                .update();
        if (changed == 0) {
            throw new ConcurrentEdit(TYPE, after.id());
        }
        Definition saved = find(after.id()).orElseThrow();
        audit.updated(TYPE, after.id(), shown(before), shown(saved));
        return saved;
    }

    static Map<String, Object> shown(Definition d) {
        ChildLabourDefinition r = d.rules();
        var m = new LinkedHashMap<String, Object>();
        m.put("country", d.country());
        m.put("name", d.name());
        m.put("minAge", r.minAge());
        m.put("youngMaxAge", r.youngMaxAge());
        m.put("middleMaxAge", r.middleMaxAge());
        m.put("maxAge", r.maxAge());
        m.put("youngMinHours", r.youngMinHours());
        m.put("middleMinHours", r.middleMinHours());
        m.put("oldestMaxHours", r.oldestMaxHours());
        m.put("countChores", r.countChores());
        m.put("choresMaxHours", r.choresMaxHours());
        return m;
    }

    private static BigDecimal hours(double value) {
        return BigDecimal.valueOf(value);
    }

    private static Definition definition(ResultSet rs, int row) throws SQLException {
        var rules = new ChildLabourDefinition(rs.getInt("min_age"), rs.getInt("young_max_age"),
                rs.getInt("middle_max_age"), rs.getInt("max_age"), rs.getDouble("young_min_hours"),
                rs.getDouble("middle_min_hours"), rs.getDouble("oldest_max_hours"), rs.getBoolean("count_chores"),
                rs.getDouble("chores_max_hours"));
        return new Definition(rs.getLong("id"), rs.getString("country"), rs.getString("name"), rules,
                rs.getInt("version"));
    }
}
