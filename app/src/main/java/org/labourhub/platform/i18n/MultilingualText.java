package org.labourhub.platform.i18n;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Text a person wrote, with its translations. The original language is recorded; a reader asking for a language
 * with no translation gets the original and is told it is not translated.
 */
public record MultilingualText(Language original, Map<Language, String> translations) {

    public static final int MAX_LENGTH = 20_000;

    public MultilingualText {
        Objects.requireNonNull(original, "original language");
        var clean = new EnumMap<Language, String>(Language.class);
        translations.forEach((language, text) -> {
            if (text != null && !text.isBlank()) {
                if (text.length() > MAX_LENGTH) {
                    throw new IllegalArgumentException("A " + language.code() + " text is longer than " + MAX_LENGTH + " characters");
                }
                clean.put(language, text.strip());
            }
        });
        if (!clean.containsKey(original)) {
            throw new IllegalArgumentException("The text in its original language (" + original.code() + ") is missing");
        }
        translations = Collections.unmodifiableMap(clean);
    }

    public static MultilingualText of(Language original, String text) {
        return new MultilingualText(original, Map.of(original, text));
    }

    /** The same text with a translation added or replaced (a blank one removes it, except the original). */
    public MultilingualText with(Language language, String text) {
        var next = new EnumMap<>(translations);
        next.put(language, text);
        return new MultilingualText(original, next);
    }

    /** The text in this language if there is one, else the original. */
    public String in(Language language) {
        return translations.getOrDefault(language, translations.get(original));
    }

    public String in(Locale locale) {
        return in(Language.of(locale));
    }

    /** Whether a reader of this language reads the text as written or translated for them. */
    public boolean isAvailableIn(Locale locale) {
        return translations.containsKey(Language.of(locale));
    }

    /** The language the reader of {@code locale} actually sees. */
    public Language shownIn(Locale locale) {
        return isAvailableIn(locale) ? Language.of(locale) : original;
    }

    public String translation(Language language) {
        return translations.getOrDefault(language, "");
    }

    @Override
    public String toString() {
        return translations.get(original);
    }
}
