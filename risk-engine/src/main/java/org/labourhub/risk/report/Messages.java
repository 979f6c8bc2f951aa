package org.labourhub.risk.report;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import org.labourhub.risk.levels.Levels;

/** The words of the HTML outputs in one of the platform's languages (es, en, fr, pt), from message bundles. */
public final class Messages {

    public static final Set<String> LANGUAGES = Set.of("en", "es", "fr", "pt");

    private final ResourceBundle bundle;
    private final String language;

    public Messages(String language) {
        if (!LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("language must be one of en, es, fr, pt, not '" + language + "'");
        }
        this.language = language;
        this.bundle = ResourceBundle.getBundle("org.labourhub.risk.report.messages", Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The message, with {0}, {1}… replaced by the arguments. */
    public String get(String key, Object... arguments) {
        String text;
        try {
            text = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("message '" + key + "' is missing", e);
        }
        for (int i = 0; i < arguments.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(arguments[i]));
        }
        return text;
    }

    public String language() {
        return language;
    }

    /** A number as this language writes it (decimal comma in es, fr, pt). */
    public String number(double value, int decimals) {
        return Html.number(value, decimals, language);
    }

    /** A share as a percentage as this language writes it. */
    public String percent(double share) {
        return Html.percent(share, language);
    }

    public String level(Levels levels, int level) {
        return switch (levels.count()) {
            case 2 -> get(level == 0 ? "level.low" : "level.high");
            case 3 -> get(new String[] {"level.low", "level.medium", "level.high"}[level]);
            default -> get("level.n", level + 1);
        };
    }

    /** A direct-estimate domain or harmonisation scope, named by the engine in English, in this language. */
    public String domain(String domain) {
        return switch (domain) {
            case "all children" -> get("domain.all");
            case "boys" -> get("domain.boys");
            case "girls" -> get("domain.girls");
            case "national" -> get("scope.national");
            default -> domain.startsWith("aged ") ? get("domain.aged", domain.substring(5))
                    : domain.startsWith("region ") ? get("domain.region", domain.substring(7)) : domain;
        };
    }
}
