package org.labourhub.riskmaps;

import java.util.Locale;
import java.util.Map;

/**
 * A covariate's (or one of its levels') name in the four languages, as the analyst gave it when mapping the files;
 * a language left blank shows another one's, the data's own name only when none was given.
 */
public record Labels(String name, Map<String, String> byLanguage) {

    private static final String[] FALLBACK = {"en", "es", "fr", "pt"};

    public Labels {
        byLanguage = byLanguage == null ? Map.of() : Map.copyOf(byLanguage);
    }

    public static Labels of(String name) {
        return new Labels(name, Map.of());
    }

    public String in(Locale locale) {
        String own = byLanguage.get(locale.getLanguage());
        if (own != null && !own.isBlank()) {
            return own;
        }
        for (String language : FALLBACK) {
            String other = byLanguage.get(language);
            if (other != null && !other.isBlank()) {
                return other;
            }
        }
        return name;
    }
}
