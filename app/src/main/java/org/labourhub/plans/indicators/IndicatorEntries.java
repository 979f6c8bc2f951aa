package org.labourhub.plans.indicators;

import org.labourhub.plans.Measure;
import org.labourhub.plans.Texts;
import org.labourhub.platform.Constituency;
import org.labourhub.platform.web.ConcurrentEdit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Targets and values of indicators: the writes, and which plan and measure an indicator belongs to. */
@Repository
class IndicatorEntries {

    record Owner(long planId, Measure measure) {
    }

    /** The two kinds of entries, with the table each is kept in. */
    enum Entry {
        TARGET("indicator_target"), VALUE("indicator_value");

        final String table;

        Entry(String table) {
            this.table = table;
        }
    }

    private final JdbcClient jdbc;

    IndicatorEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Owner> owner(long indicatorId) {
        return jdbc.sql("""
                        select e.plan_id, i.measure from plans.indicator i join plans.element e on e.id = i.element_id
                        where i.id = ?""")
                .param(indicatorId).query((rs, n) -> new Owner(rs.getLong(1), Measure.valueOf(rs.getString(2)))).optional();
    }

    long addTarget(long indicatorId, IndicatorEntryForm f, Measure measure) {
        return jdbc.sql("""
                        insert into plans.indicator_target (indicator_id, period_start, period_end, amount, text_value)
                        values (?, ?, ?, ?, ?) returning id""")
                .params(indicatorId, f.getPeriodStart(), f.getPeriodEnd(), f.amount(measure), text(f, measure))
                .query(Long.class).single();
    }

    long addValue(long indicatorId, IndicatorEntryForm f, Measure measure, String by) {
        return jdbc.sql("""
                        insert into plans.indicator_value (indicator_id, period_start, period_end, amount, text_value, sex,
                            age_group, country_iso2, constituency, source, comment, recorded_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(indicatorId, f.getPeriodStart(), f.getPeriodEnd(), f.amount(measure), text(f, measure),
                        blank(f.getSex()), blank(f.getAgeGroup()),
                        country(f),
                        f.getConstituency() == null ? null : f.getConstituency().name(), blank(f.getSource()),
                        blank(f.getComment()), by)
                .query(Long.class).single();
    }

    /** A target or a value as its edit form shows it; a target has no breakdown, source or comment. */
    Optional<IndicatorEntryForm> entry(Entry kind, long indicatorId, long entryId) {
        String details = kind == Entry.VALUE ? "sex, age_group, country_iso2, constituency, source, comment"
                : "null, null, null, null, null, null";
        return jdbc.sql("select period_start, period_end, coalesce(text_value, amount::text), " + details
                        + ", version from plans." + kind.table + " where id = ? and indicator_id = ?")
                .params(entryId, indicatorId).query((rs, n) -> {
                    var f = new IndicatorEntryForm();
                    f.setPeriodStart(Texts.date(rs, "period_start"));
                    f.setPeriodEnd(Texts.date(rs, "period_end"));
                    f.setValue(rs.getString(3));
                    f.setSex(rs.getString(4));
                    f.setAgeGroup(rs.getString(5));
                    f.setCountry(rs.getString(6));
                    f.setConstituency(Texts.enumOrNull(Constituency.class, rs.getString(7)));
                    f.setSource(rs.getString(8));
                    f.setComment(rs.getString(9));
                    f.setVersion(rs.getInt("version"));
                    return f;
                }).optional();
    }

    /** Saves a changed target or value unless someone saved it after {@code f.getVersion()} was read. */
    void update(Entry kind, long indicatorId, long entryId, IndicatorEntryForm f, Measure measure) {
        String details = kind == Entry.VALUE ? ", sex = ?, age_group = ?, country_iso2 = ?, constituency = ?, source = ?, comment = ?" : "";
        var params = new ArrayList<Object>(List.of(f.getPeriodStart(), f.getPeriodEnd()));
        params.add(f.amount(measure));
        params.add(text(f, measure));
        if (kind == Entry.VALUE) {
            params.addAll(Arrays.asList(blank(f.getSex()), blank(f.getAgeGroup()), country(f),
                    f.getConstituency() == null ? null : f.getConstituency().name(), blank(f.getSource()), blank(f.getComment())));
        }
        params.addAll(List.of(entryId, indicatorId, f.getVersion()));
        int rows = jdbc.sql("update plans." + kind.table + " set period_start = ?, period_end = ?, amount = ?, text_value = ?"
                        + details + ", version = version + 1 where id = ? and indicator_id = ? and version = ?")
                .params(params).update();
        if (rows == 0) {
            throw new ConcurrentEdit("indicator-" + kind.name().toLowerCase(Locale.ROOT), entryId);
        }
    }

    /** Removes a target or a value of the indicator and returns what it held, for the audit trail. */
    Optional<Map<String, Object>> remove(Entry kind, long indicatorId, long entryId) {
        return jdbc.sql("delete from plans." + kind.table + " where id = ? and indicator_id = ?"
                        + " returning period_start, period_end, amount, text_value")
                .params(entryId, indicatorId).query((rs, n) -> {
                    var m = new LinkedHashMap<String, Object>();
                    m.put("indicatorId", indicatorId);
                    m.put("period", rs.getString(1) + "/" + rs.getString(2));
                    m.put("amount", rs.getString(3));
                    m.put("text", rs.getString(4));
                    return (Map<String, Object>) m;
                }).optional();
    }

    private static String text(IndicatorEntryForm f, Measure measure) {
        return measure == Measure.QUALITATIVE ? f.getValue().strip() : null;
    }

    private static String country(IndicatorEntryForm f) {
        return f.getCountry().isBlank() ? null : f.getCountry().strip().toUpperCase(Locale.ROOT);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
