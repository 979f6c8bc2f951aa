package org.labourhub.platform.i18n;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.util.EnumMap;

/**
 * Multilingual text as stored in a jsonb column: {@code {"original":"fr","fr":"…","en":"…"}}, so that SQL can read
 * one language with {@code coalesce(t->>'es', t->>(t->>'original'))}.
 */
public final class MultilingualTextJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private MultilingualTextJson() {
    }

    public static String write(MultilingualText text) {
        if (text == null) {
            return null;
        }
        ObjectNode node = JSON.createObjectNode();
        node.put("original", text.original().code());
        text.translations().forEach((language, value) -> node.put(language.code(), value));
        return node.toString();
    }

    public static MultilingualText read(String json) {
        if (json == null) {
            return null;
        }
        JsonNode node = JSON.readTree(json);
        Language original = Language.ofCode(node.path("original").asString(""))
                .orElseThrow(() -> new IllegalArgumentException("Stored text has no original language: " + json));
        var translations = new EnumMap<Language, String>(Language.class);
        for (Language language : Language.values()) {
            JsonNode value = node.get(language.code());
            if (value != null && !value.isNull()) {
                translations.put(language, value.asString());
            }
        }
        return new MultilingualText(original, translations);
    }
}
