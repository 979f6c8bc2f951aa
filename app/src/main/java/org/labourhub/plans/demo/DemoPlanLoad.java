package org.labourhub.plans.demo;

import org.labourhub.directory.Directory;
import org.labourhub.directory.OrganisationRef;
import org.labourhub.plans.Plans;
import org.labourhub.platform.i18n.Language;
import org.labourhub.platform.i18n.MultilingualText;
import org.labourhub.platform.i18n.MultilingualTextJson;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One load of demo plans: walks each plan's tree, takes identifiers for elements, indicators and activities from
 * their sequences in one query each, then writes every table with one batch. A reference the directory does not
 * know is reported with the file and the path of the element.
 */
final class DemoPlanLoad {

    static final String DEMO_USER = "demo-data";

    private final JdbcTemplate jdbc;
    private final Directory directory;
    private final Map<String, Long> organisations = new HashMap<>();
    private final DemoPlanRows rows = new DemoPlanRows(this);
    private String file;

    DemoPlanLoad(JdbcTemplate jdbc, Directory directory) {
        this.jdbc = jdbc;
        this.directory = directory;
    }

    void plan(String fileName, JsonNode plan) {
        file = fileName;
        long planId = insertPlan(plan);
        for (JsonNode owner : plan.path("owners")) {
            var ref = responsible(owner.asString(), "owners");
            rows.owners.add(new Object[]{planId, ref.organisationId(), ref.networkKey(), rows.owners.size()});
        }
        var elements = new ArrayList<DemoPlanRows.Element>();
        collect(plan.path("elements"), null, elements);
        rows.write(jdbc, planId, elements);
    }

    private long insertPlan(JsonNode plan) {
        var levels = new ArrayList<MultilingualText>();
        plan.path("levels").forEach(level -> levels.add(text(level, "levels")));
        Long id = jdbc.queryForObject("""
                        insert into plans.plan (key, name, description, source_note, kind, status, period_start, period_end, levels)
                        values (?, cast(? as jsonb), cast(? as jsonb), cast(? as jsonb), ?, ?, ?, ?, cast(? as jsonb))
                        returning id""", Long.class,
                plan.path("key").asString(), json(plan.get("name"), "name"), json(plan.get("description"), "description"),
                json(plan.get("sourceNote"), "sourceNote"), plan.path("kind").asString(),
                plan.path("status").asString("ACTIVE"), date(plan.get("periodStart")), date(plan.get("periodEnd")),
                Plans.levels(levels));
        return id;
    }

    private void collect(JsonNode nodes, DemoPlanRows.Element parent, List<DemoPlanRows.Element> into) {
        for (JsonNode node : nodes) {
            String path = (parent == null ? "" : parent.path() + " › ") + node.path("number").asString("?");
            var element = new DemoPlanRows.Element(node, parent, path);
            into.add(element);
            for (JsonNode activity : node.path("activities")) {
                for (JsonNode r : activity.path("responsible")) {
                    var ref = responsible(r.path("org").asString(), path);
                    element.responsibles().add(new DemoPlanRows.Responsible(activity, ref.organisationId(),
                            ref.networkKey(), "LEAD".equals(r.path("role").asString())));
                }
            }
            collect(node.path("children"), element, into);
        }
    }

    /** An organisation key, or "network:key" for a network. */
    private Ref responsible(String key, String where) {
        if (key.startsWith("network:")) {
            return new Ref(null, key.substring("network:".length()));
        }
        Long id = organisations.computeIfAbsent(key, k -> directory.organisation(k).map(OrganisationRef::id).orElse(null));
        if (id == null) {
            throw new IllegalStateException(file + " (" + where + "): the directory has no organisation \"" + key + "\"");
        }
        return new Ref(id, null);
    }

    private record Ref(Long organisationId, String networkKey) {
    }

    /** A multilingual text node ({"original":"fr","fr":…}) checked and written back as stored JSON; null stays null. */
    String json(JsonNode node, String where) {
        MultilingualText text = node == null || node.isNull() ? null : text(node, where);
        return MultilingualTextJson.write(text);
    }

    MultilingualText text(JsonNode node, String where) {
        try {
            if (node.isString()) {
                return MultilingualText.of(Language.FR, node.asString());
            }
            return MultilingualTextJson.read(node.toString());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(file + " (" + where + "): " + e.getMessage(), e);
        }
    }

    static Date date(JsonNode node) {
        return node == null || node.isNull() || node.asString().isBlank() ? null : Date.valueOf(LocalDate.parse(node.asString()));
    }
}
