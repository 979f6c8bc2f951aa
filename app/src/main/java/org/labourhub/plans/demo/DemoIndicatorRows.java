package org.labourhub.plans.demo;

import org.labourhub.platform.database.IdentityValues;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** The indicators of demo plans with their targets and values, written with one batch per table. */
final class DemoIndicatorRows {

    private record Pending(JsonNode node, long elementId, int position, String path) {
    }

    private final List<Pending> pending = new ArrayList<>();
    private DemoPlanLoad load;

    void add(JsonNode indicators, long elementId, DemoPlanLoad load, String path) {
        this.load = load;
        for (JsonNode i : indicators) {
            pending.add(new Pending(i, elementId, pending.size(), path + " › " + i.path("number").asString("?")));
        }
    }

    void write(JdbcTemplate jdbc) {
        if (pending.isEmpty()) {
            return;
        }
        Iterator<Long> ids = IdentityValues.take(jdbc, "plans.indicator", pending.size()).iterator();
        var indicators = new ArrayList<Object[]>();
        var targets = new ArrayList<Object[]>();
        var values = new ArrayList<Object[]>();
        for (Pending p : pending) {
            long id = ids.next();
            JsonNode n = p.node();
            JsonNode baseline = n.path("baseline");
            indicators.add(new Object[]{id, p.elementId(), DemoPlanRows.text(n.get("number")),
                    load.json(n.has("name") ? n.get("name") : n.get("title"), p.path()),
                    n.path("measure").asString("NUMBER"), amount(baseline.isObject() ? baseline.get("value") : baseline),
                    baseline.isObject() ? load.json(baseline.get("text"), p.path()) : null,
                    baseline.isObject() && baseline.hasNonNull("year") ? baseline.get("year").asInt() : null,
                    load.json(n.get("source"), p.path()), load.json(n.get("comment"), p.path()), p.position()});
            for (JsonNode t : n.path("targets")) {
                targets.add(new Object[]{id, start(t), end(t), amount(t.get("value")), DemoPlanRows.text(t.get("text"))});
            }
            for (JsonNode v : n.path("values")) {
                JsonNode d = v.path("disaggregation");
                values.add(new Object[]{id, start(v), end(v), amount(v.get("value")), DemoPlanRows.text(v.get("text")),
                        DemoPlanRows.text(d.get("sex")), DemoPlanRows.text(d.get("ageGroup")),
                        DemoPlanRows.text(d.get("country")), DemoPlanRows.text(d.get("constituency")),
                        source(v.get("source")), DemoPlanLoad.DEMO_USER});
            }
        }
        jdbc.batchUpdate("""
                insert into plans.indicator (id, element_id, number, name, measure, baseline, baseline_text,
                    baseline_year, source, comment, position)
                overriding system value values (?, ?, ?, cast(? as jsonb), ?, ?, cast(? as jsonb), ?, cast(? as jsonb),
                    cast(? as jsonb), ?)""", indicators);
        jdbc.batchUpdate("""
                insert into plans.indicator_target (indicator_id, period_start, period_end, amount, text_value)
                values (?, ?, ?, ?, ?)""", targets);
        jdbc.batchUpdate("""
                insert into plans.indicator_value (indicator_id, period_start, period_end, amount, text_value, sex,
                    age_group, country_iso2, constituency, source, recorded_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", values);
        pending.clear();
    }

    /** A value's source: the text in its original language, cut to the column's 500 characters. */
    private String source(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        String text = load.text(node, "source").toString();
        return text.length() > 500 ? text.substring(0, 499) + "…" : text;
    }

    /** A period given as {"periodStart", "periodEnd"} or as a year {"period": "2019"}. */
    private static Date start(JsonNode p) {
        if (p.hasNonNull("periodStart")) {
            return DemoPlanLoad.date(p.get("periodStart"));
        }
        return Date.valueOf(LocalDate.of(p.path("period").asInt(), 1, 1));
    }

    private static Date end(JsonNode p) {
        if (p.hasNonNull("periodEnd")) {
            return DemoPlanLoad.date(p.get("periodEnd"));
        }
        return Date.valueOf(LocalDate.of(p.path("period").asInt(), 12, 31));
    }

    private static BigDecimal amount(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        if (node.isBoolean()) {
            return node.asBoolean() ? BigDecimal.ONE : BigDecimal.ZERO;
        }
        try {
            return new BigDecimal(node.asString().strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
