package org.labourhub.accounts;

import org.labourhub.platform.i18n.Language;
import org.labourhub.platform.i18n.MultilingualText;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A record as one audit entry kept it, field by field: nested groups flattened to dotted names
 * ("project.title"), texts in several languages read back as {@link MultilingualText} whichever way they were
 * written (as {@code {"original":"fr","fr":"…"}}, as that same JSON inside a string, or as the record's own
 * {@code {"original":"FR","translations":{…}}}), lists kept as lists. Internal fields (the record's own id, its
 * version counter, its stable key) are left out.
 */
final class RecordState {

    static final RecordState EMPTY = new RecordState(Map.of());

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    private static final List<String> INTERNAL = List.of("id", "version", "key");

    private final Map<String, Object> fields;

    private RecordState(Map<String, Object> fields) {
        this.fields = Collections.unmodifiableMap(fields);
    }

    /** The state written as JSON; empty for none. */
    static RecordState of(String json) {
        if (json == null || json.isBlank()) {
            return EMPTY;
        }
        Object tree = JSON.readValue(json, Object.class);
        var fields = new LinkedHashMap<String, Object>();
        if (tree instanceof Map<?, ?> map) {
            flatten("", map, fields);
        } else {
            fields.put("value", value(tree));
        }
        return new RecordState(fields);
    }

    Map<String, Object> fields() {
        return fields;
    }

    boolean isEmpty() {
        return fields.isEmpty();
    }

    /** This state with the fields of a later, possibly partial, one written over it. */
    RecordState then(RecordState later) {
        var merged = new LinkedHashMap<>(fields);
        merged.putAll(later.fields);
        return new RecordState(merged);
    }

    private static void flatten(String prefix, Map<?, ?> map, Map<String, Object> into) {
        map.forEach((key, raw) -> {
            String name = prefix + key;
            if (prefix.isEmpty() && INTERNAL.contains(name)) {
                return;
            }
            Object value = value(raw);
            if (value instanceof Map<?, ?> group) {
                flatten(name + ".", group, into);
            } else {
                into.put(name, value);
            }
        });
    }

    /** A value as the reader is shown it: texts in several languages recognised, lists of such values, "null" as nothing. */
    private static Object value(Object raw) {
        if (raw instanceof Map<?, ?> map) {
            Optional<MultilingualText> text = text(map);
            if (text.isPresent()) {
                return text.get();
            }
            var values = new LinkedHashMap<String, Object>();
            map.forEach((key, item) -> values.put(String.valueOf(key), value(item)));
            return values;
        }
        if (raw instanceof List<?> list) {
            var values = new ArrayList<>(list.size());
            list.forEach(item -> values.add(value(item)));
            return values;
        }
        if (raw instanceof String s) {
            if (s.isEmpty() || s.equals("null")) {
                return null;
            }
            if (s.startsWith("{\"original\"")) {
                try {
                    return value(JSON.readValue(s, Map.class));
                } catch (RuntimeException notJson) {
                    return s;
                }
            }
        }
        return raw;
    }

    private static Optional<MultilingualText> text(Map<?, ?> map) {
        if (!(map.get("original") instanceof String code)) {
            return Optional.empty();
        }
        Optional<Language> original = Language.ofCode(code);
        Map<?, ?> translations = map.get("translations") instanceof Map<?, ?> t ? t : map;
        var texts = new EnumMap<Language, String>(Language.class);
        for (var entry : translations.entrySet()) {
            if (!"original".equals(entry.getKey()) && entry.getValue() instanceof String text) {
                Optional<Language> language = Language.ofCode(String.valueOf(entry.getKey()));
                if (language.isEmpty()) {
                    return Optional.empty();
                }
                texts.put(language.get(), text);
            }
        }
        if (original.isEmpty() || texts.get(original.get()) == null || texts.get(original.get()).isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new MultilingualText(original.get(), texts));
    }
}
