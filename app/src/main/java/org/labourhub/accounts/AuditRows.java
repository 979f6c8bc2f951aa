package org.labourhub.accounts;

import org.labourhub.platform.i18n.MultilingualText;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Audit entries as they go into {@code accounts.audit_event}: the record before and after as JSON, fields in their order (a text in several
 * languages as {@code {"original":"fr","fr":"…","es":"…"}}), the record's name in every language it has for the
 * search by name, and many entries in one statement for a background job's writers.
 */
final class AuditRows {

    static final JsonMapper JSON = JsonMapper.builder()
            .addModule(new SimpleModule("audit").addSerializer(MultilingualText.class, new TextSerializer()))
            .build();

    /** The fields that name a record, in order of preference. */
    private static final List<String> NAMING = List.of("name", "title", "displayName", "username", "key", "fileName");
    private static final int NAME_LENGTH = 1000;

    private final List<String> actions = new ArrayList<>();
    private final List<String> modules = new ArrayList<>();
    private final List<String> types = new ArrayList<>();
    private final List<String> ids = new ArrayList<>();
    private final List<String> names = new ArrayList<>();
    private final List<String> befores = new ArrayList<>();
    private final List<String> afters = new ArrayList<>();

    void add(AuditTrail.Action action, String module, String type, Object id, Object before, Object after) {
        actions.add(action.name());
        modules.add(module);
        types.add(type);
        ids.add(String.valueOf(id));
        names.add(name(after != null ? after : before));
        befores.add(json(before));
        afters.add(json(after));
    }

    int size() {
        return actions.size();
    }

    /** Inserts the rows on the caller's transaction, with one statement, and forgets them. */
    void insert(JdbcClient jdbc, String actor, Long batchId) {
        if (actions.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        insert into accounts.audit_event (actor, action, module, record_type, record_id, record_name, before, after, batch_id)
                        select ?, a, m, t, i, n, cast(b as json), cast(f as json), ?
                        from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) with ordinality
                             as r(a, m, t, i, n, b, f, position)
                        order by position""")
                .params(actor, batchId, array(actions), array(modules), array(types), array(ids), array(names), array(befores),
                        array(afters))
                .update();
        for (var list : List.of(actions, modules, types, ids, names, befores, afters)) {
            list.clear();
        }
    }

    static String json(Object value) {
        return value == null ? null : JSON.writeValueAsString(value);
    }

    /** The record's name in every language it was written in, for the search by name; null when it has none. */
    static String name(Object record) {
        if (record == null) {
            return null;
        }
        if (record instanceof Map<?, ?> map) {
            for (String field : NAMING) {
                Object value = map.get(field);
                if (value instanceof MultilingualText text) {
                    return cut(String.join(" · ", text.translations().values()));
                }
                if (value != null && !(value instanceof Map<?, ?>) && !(value instanceof Iterable<?>)) {
                    return cut(String.valueOf(value));
                }
                if (value instanceof Map<?, ?>) {
                    return name(JSON.valueToTree(value), null);
                }
            }
            return null;
        }
        JsonNode tree = JSON.valueToTree(record);
        for (String field : NAMING) {
            String found = name(tree, field);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static String name(JsonNode tree, String field) {
        JsonNode value = field == null ? tree : tree.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isContainer()) {
            return cut(value.asString());
        }
        var all = new StringJoiner(" · ");
        value.properties().forEach(e -> {
            if (!e.getKey().equals("original") && e.getValue().isString()) {
                all.add(e.getValue().asString());
            }
        });
        return all.length() == 0 ? null : cut(all.toString());
    }

    private static String cut(String name) {
        return name.length() > NAME_LENGTH ? name.substring(0, NAME_LENGTH) : name;
    }

    private static String[] array(List<String> values) {
        return values.toArray(String[]::new);
    }

    /** A text in several languages the way the trail keeps it, as the database keeps it (see MultilingualTextJson). */
    private static final class TextSerializer extends ValueSerializer<MultilingualText> {
        @Override
        public void serialize(MultilingualText text, JsonGenerator out, SerializationContext context) {
            out.writeStartObject();
            out.writeStringProperty("original", text.original().code());
            text.translations().forEach((language, value) -> out.writeStringProperty(language.code(), value));
            out.writeEndObject();
        }
    }
}
