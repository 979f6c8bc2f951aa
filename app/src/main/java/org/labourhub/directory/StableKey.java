package org.labourhub.directory;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The key that names an organisation or a network for good, whatever its name becomes: lower-case letters,
 * digits and hyphens, such as "mintrab-gt" or "oas-oect".
 */
record StableKey(String value) {

    private static final Pattern SHAPE = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");

    StableKey {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a key (lower-case letters, digits, hyphens): " + value);
        }
    }

    /** A key made from free text: accents dropped, everything else that is not a letter or digit becomes a hyphen. */
    static StableKey from(String text) {
        String folded = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (folded.length() > 60) {
            folded = folded.substring(0, 60).replaceAll("-+$", "");
        }
        return new StableKey(folded.isEmpty() ? "organisation" : folded);
    }

    @Override
    public String toString() {
        return value;
    }
}
