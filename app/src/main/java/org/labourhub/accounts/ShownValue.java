package org.labourhub.accounts;

import java.util.List;

/**
 * A field's value as the reader reads it: one text, or a list of them, and for a text written in several languages
 * the other languages, shown folded.
 *
 * @param empty whether the field had no value (the page says so in words)
 */
record ShownValue(String text, List<String> items, List<Translation> others, boolean empty) {

    static final ShownValue NONE = new ShownValue("", List.of(), List.of(), true);

    static ShownValue of(String text) {
        return new ShownValue(text, List.of(), List.of(), false);
    }

    public boolean isList() {
        return !items.isEmpty();
    }

    /** The same text in another language. */
    record Translation(String languageCode, String language, String text) {
    }
}
