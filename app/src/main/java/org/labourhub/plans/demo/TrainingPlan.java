package org.labourhub.plans.demo;

import org.labourhub.directory.Directory;
import org.labourhub.platform.i18n.MultilingualTextJson;
import org.labourhub.platform.training.TrainingData;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The plans module's share of the fictional training data: one fictional plan of action ({@code
 * demo/training/plan.json}, in the demo plans' format) with results, indicators (baseline, yearly targets and
 * values), activities, and reporting cycles whose progress updates are approved, returned, awaiting review or still
 * owed after the due date. The plan is marked {@code training}; everything else belongs to it and goes with it.
 */
@Component
class TrainingPlan implements TrainingData {

    static final String FILE = "demo/training/plan.json";
    private static final String FICTIONAL = "select id from plans.plan where training";

    private final JdbcTemplate jdbc;
    private final Directory directory;

    TrainingPlan(JdbcTemplate jdbc, Directory directory) {
        this.jdbc = jdbc;
        this.directory = directory;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Map<String, Long> counts() {
        var counts = new LinkedHashMap<String, Long>();
        counts.put("plans.training.plans", count("select count(*) from plans.plan where training"));
        counts.put("plans.training.indicators", count("""
                select count(*) from plans.indicator i join plans.element e on e.id = i.element_id
                where e.plan_id in (%s)""".formatted(FICTIONAL)));
        counts.put("plans.training.values", count("""
                select count(*) from plans.indicator_value v join plans.indicator i on i.id = v.indicator_id
                join plans.element e on e.id = i.element_id where e.plan_id in (%s)""".formatted(FICTIONAL)));
        counts.put("plans.training.activities", count("select count(*) from plans.activity where plan_id in (" + FICTIONAL + ")"));
        counts.put("plans.training.cycles", count("select count(*) from plans.reporting_cycle where plan_id in (" + FICTIONAL + ")"));
        counts.put("plans.training.updates", count("""
                select count(*) from plans.progress_update u join plans.activity a on a.id = u.activity_id
                where a.plan_id in (%s)""".formatted(FICTIONAL)));
        return counts;
    }

    @Override
    public void load() {
        JsonNode plan = read();
        String key = plan.get("key").asString();
        new DemoPlanLoad(jdbc, directory).plan(FILE, plan);
        long planId = jdbc.queryForObject("update plans.plan set training = true where key = ? returning id", Long.class, key);
        Map<String, Long> activities = new HashMap<>();
        jdbc.query("select number, id from plans.activity where plan_id = ?",
                rs -> { activities.put(rs.getString(1), rs.getLong(2)); }, planId);
        for (JsonNode cycle : plan.get("cycles")) {
            cycle(planId, cycle, activities);
        }
    }

    /** One reporting cycle with the activities it asks about and the updates received, in the order they came. */
    private void cycle(long planId, JsonNode cycle, Map<String, Long> activities) {
        LocalDate asOf = LocalDate.parse(cycle.get("asOf").asString());
        LocalDate due = LocalDate.parse(cycle.get("due").asString());
        long cycleId = jdbc.queryForObject("""
                insert into plans.reporting_cycle (plan_id, as_of, due, state, opened_by, opened_at)
                values (?, ?, ?, ?, 'secretariat', ?) returning id""", Long.class, planId, Date.valueOf(asOf), Date.valueOf(due),
                cycle.get("state").asString(), Date.valueOf(asOf.plusDays(1)));
        List<Object[]> assigned = new ArrayList<>();
        cycle.get("activities").forEach(a -> assigned.add(new Object[]{cycleId, activity(activities, a.asString())}));
        jdbc.batchUpdate("insert into plans.cycle_assignment (cycle_id, activity_id) values (?, ?)", assigned);
        List<Object[]> updates = new ArrayList<>();
        int order = 0;
        for (JsonNode u : cycle.get("updates")) {
            String state = u.get("state").asString();
            boolean reviewed = !state.equals("SUBMITTED");
            // submitted within the month after the "as of" date, in the order listed; reviewed a few days later
            var submitted = java.sql.Timestamp.valueOf(asOf.plusDays(3 + order++).atTime(10, 0));
            updates.add(new Object[]{activity(activities, u.get("activity").asString()), cycleId, Date.valueOf(asOf),
                    MultilingualTextJson.write(MultilingualTextJson.read(u.get("text").toString())), u.get("status").asString(),
                    state, u.get("submittedBy").asString(), submitted, reviewed ? "secretariat" : null,
                    reviewed ? java.sql.Timestamp.valueOf(asOf.plusDays(10 + order).atTime(15, 0)) : null,
                    u.hasNonNull("comment") ? u.get("comment").asString() : null});
        }
        jdbc.batchUpdate("""
                insert into plans.progress_update (activity_id, cycle_id, as_of, text, status, state, submitted_by,
                    submitted_at, reviewed_by, reviewed_at, review_comment)
                values (?, ?, ?, cast(? as jsonb), ?, ?, ?, ?, ?, ?, ?)""", updates);
    }

    private static long activity(Map<String, Long> activities, String number) {
        Long id = activities.get(number);
        if (id == null) {
            throw new IllegalStateException(FILE + ": no activity numbered " + number);
        }
        return id;
    }

    /** Deletes the fictional plan; its tree, indicators, activities, cycles and updates go with it. */
    @Override
    public void remove() {
        jdbc.update("delete from plans.plan where training");
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    private static JsonNode read() {
        try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
            return JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + FILE, e);
        }
    }
}
