package org.labourhub.platform.i18n;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The four languages LabourHub speaks. */
public enum Language {
    ES, EN, FR, PT;

    /** The cookie that remembers the reader's choice. */
    public static final String COOKIE = "labourhub-lang";

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Locale locale() {
        return Locale.forLanguageTag(code());
    }

    /** The language of an ISO 639-1 code such as "fr"; empty for any other code. */
    public static Optional<Language> ofCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(l -> l.code().equals(wanted)).findFirst();
    }

    /** The language of a locale, falling back to English for a language LabourHub does not speak. */
    public static Language of(Locale locale) {
        return locale == null ? EN : ofCode(locale.getLanguage()).orElse(EN);
    }
}
