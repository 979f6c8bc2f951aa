package org.labourhub.riskmaps.datasets;

import java.text.Normalizer;

/**
 * An uploaded file's name made safe to keep on disk and to show: no folders, no control characters, letters,
 * digits and a few signs only, at most 120 characters, its extension kept.
 */
final class StoredName {

    private StoredName() {
    }

    static String of(String uploaded) {
        if (uploaded == null) {
            return null;
        }
        String name = uploaded.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC).replaceAll("[^\\p{L}\\p{N} ._()+-]", "_").strip();
        name = name.replaceAll("^[.]+", "");
        if (name.length() > 120) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 6 ? name.substring(dot) : "";
            name = name.substring(0, 120 - extension.length()) + extension;
        }
        return name.isEmpty() ? null : name;
    }
}
