package org.labourhub.riskmaps.coverage;

import org.labourhub.riskmaps.RiskmapsJson;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Locale;

/** The words the coverage map's script shows (legend, hover), in the reader's language, as a data attribute. */
@Component
class MapLabels {

    private final MessageSource messages;

    MapLabels(MessageSource messages) {
        this.messages = messages;
    }

    String of(int levels, Locale locale) {
        var names = new ArrayList<String>();
        for (int level = 1; level <= levels; level++) {
            names.add(text(level == levels ? "riskmaps.coverage.map.highest" : "riskmaps.coverage.map.level",
                    locale, level, levels));
        }
        var labels = new LinkedHashMap<String, Object>();
        labels.put("levels", names);
        labels.put("working", text("riskmaps.coverage.map.working", locale));
        labels.put("gap", text("riskmaps.coverage.map.gap", locale));
        labels.put("noData", text("riskmaps.coverage.map.noData", locale));
        labels.put("failed", text("riskmaps.coverage.map.failed", locale));
        return RiskmapsJson.write(labels);
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
