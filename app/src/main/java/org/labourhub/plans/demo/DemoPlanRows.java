package org.labourhub.plans.demo;

import org.labourhub.plans.CalendarKind;
import org.labourhub.platform.database.IdentityValues;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** The rows of demo plans, gathered in memory and written with one batch per table. */
final class DemoPlanRows {

    record Element(JsonNode node, Element parent, String path, List<Responsible> responsibles, long[] id) {
        Element(JsonNode node, Element parent, String path) {
            this(node, parent, path, new ArrayList<>(), new long[1]);
        }
    }

    record Responsible(JsonNode activity, Long organisationId, String networkKey, boolean lead) {
    }

    final List<Object[]> owners = new ArrayList<>();
    private final List<Object[]> elements = new ArrayList<>();
    private final List<Object[]> activities = new ArrayList<>();
    private final List<Object[]> responsibles = new ArrayList<>();
    private final List<Object[]> updates = new ArrayList<>();
    private final DemoIndicatorRows indicators = new DemoIndicatorRows();
    private final DemoPlanLoad load;

    DemoPlanRows(DemoPlanLoad load) {
        this.load = load;
    }

    void write(JdbcTemplate jdbc, long planId, List<Element> tree) {
        Iterator<Long> elementIds = IdentityValues.take(jdbc, "plans.element", tree.size()).iterator();
        int activityCount = tree.stream().mapToInt(e -> e.node().path("activities").size()).sum();
        Iterator<Long> activityIds = IdentityValues.take(jdbc, "plans.activity", activityCount).iterator();
        int position = 0;
        int activityPosition = 0;
        for (Element e : tree) {
            e.id()[0] = elementIds.next();
            JsonNode n = e.node();
            elements.add(new Object[]{e.id()[0], planId, e.parent() == null ? null : e.parent().id()[0],
                    n.path("level").asInt(0), text(n.get("number")), load.json(n.get("title"), e.path()),
                    load.json(n.get("description"), e.path()), load.json(n.path("calendar").get("text"), e.path()),
                    load.json(n.get("carriedOut"), e.path()), load.json(n.get("planned"), e.path()), position++});
            progress(n.path("progress"), null, e.id()[0], e.path());
            indicators.add(n.path("indicators"), e.id()[0], load, e.path());
            for (JsonNode a : n.path("activities")) {
                long id = activityIds.next();
                activity(planId, e, a, id, activityPosition++);
                for (Responsible r : e.responsibles()) {
                    if (r.activity() == a) {
                        responsibles.add(new Object[]{id, r.organisationId(), r.networkKey(), r.lead(), responsibles.size()});
                    }
                }
            }
        }
        flush(jdbc);
        indicators.write(jdbc);
    }

    private void activity(long planId, Element e, JsonNode a, long id, int position) {
        JsonNode calendar = a.path("calendar");
        activities.add(new Object[]{id, planId, e.id()[0], text(a.get("number")), load.json(a.get("title"), e.path()),
                load.json(a.get("description"), e.path()), load.json(calendar.get("text"), e.path()),
                calendarKind(calendar.path("kind").asString("")), DemoPlanLoad.date(calendar.get("start")),
                DemoPlanLoad.date(calendar.get("end")), text(a.get("status")), text(a.get("constituency")),
                load.json(a.get("resourcesAvailable"), e.path()), load.json(a.get("resourcesMissing"), e.path()),
                load.json(a.get("carriedOut"), e.path()), load.json(a.get("planned"), e.path()),
                text(a.get("projectRef")), position});
        progress(a.path("progress"), id, null, e.path());
    }

    private void progress(JsonNode entries, Long activityId, Long elementId, String path) {
        for (JsonNode p : entries) {
            updates.add(new Object[]{activityId, elementId, DemoPlanLoad.date(p.get("asOf")), load.json(p.get("text"), path),
                    text(p.get("status")), DemoPlanLoad.DEMO_USER, DemoPlanLoad.DEMO_USER});
        }
    }

    private void flush(JdbcTemplate jdbc) {
        jdbc.batchUpdate("""
                insert into plans.plan_owner (plan_id, organisation_id, network_key, position) values (?, ?, ?, ?)""", owners);
        jdbc.batchUpdate("""
                insert into plans.element (id, plan_id, parent_id, level, number, title, description, calendar_text,
                    carried_out, planned, position)
                overriding system value values (?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), cast(? as jsonb),
                    cast(? as jsonb), cast(? as jsonb), ?)""", elements);
        jdbc.batchUpdate("""
                insert into plans.activity (id, plan_id, element_id, number, title, description, calendar_text,
                    calendar_kind, start_date, end_date, status, constituency, resources_available, resources_missing,
                    carried_out, planned, project_ref, position)
                overriding system value values (?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), cast(? as jsonb), ?, ?, ?,
                    ?, ?, cast(? as jsonb), cast(? as jsonb), cast(? as jsonb), cast(? as jsonb), ?, ?)""", activities);
        jdbc.batchUpdate("""
                insert into plans.activity_responsible (activity_id, organisation_id, network_key, lead, position)
                values (?, ?, ?, ?, ?)""", responsibles);
        jdbc.batchUpdate("""
                insert into plans.progress_update (activity_id, element_id, as_of, text, status, state, submitted_by,
                    reviewed_by, reviewed_at)
                values (?, ?, ?, cast(? as jsonb), ?, 'APPROVED', ?, ?, now())""", updates);
        owners.clear();
        elements.clear();
        activities.clear();
        responsibles.clear();
        updates.clear();
    }

    private static String calendarKind(String kind) {
        for (CalendarKind k : CalendarKind.values()) {
            if (k.name().equals(kind)) {
                return kind;
            }
        }
        return CalendarKind.TEXT.name();
    }

    static String text(JsonNode node) {
        return node == null || node.isNull() || node.asString().isBlank() ? null : node.asString();
    }
}
