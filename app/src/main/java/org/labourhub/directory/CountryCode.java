package org.labourhub.directory;

import java.util.Optional;
import java.util.regex.Pattern;

/** An ISO 3166-1 alpha-2 country code such as "GT", always in capitals. */
public record CountryCode(String value) {

    private static final Pattern ALPHA_2 = Pattern.compile("[A-Z]{2}");

    public CountryCode {
        if (value == null || !ALPHA_2.matcher(value).matches()) {
            throw new IllegalArgumentException("Not an ISO 3166-1 alpha-2 code: " + value);
        }
    }

    /** The code as written in a URL or a form; empty when it is not two capital letters. */
    public static Optional<CountryCode> parse(String text) {
        return text != null && ALPHA_2.matcher(text).matches() ? Optional.of(new CountryCode(text)) : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
