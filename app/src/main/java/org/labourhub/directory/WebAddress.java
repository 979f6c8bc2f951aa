package org.labourhub.directory;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** The address of a web site: an absolute http or https URL with a host, at most 300 characters. */
record WebAddress(String value) {

    static final int MAX_LENGTH = 300;

    WebAddress {
        if (!isValid(value)) {
            throw new IllegalArgumentException("Not a web address: " + value);
        }
    }

    static boolean isValid(String text) {
        if (text == null || text.length() > MAX_LENGTH || text.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && uri.getHost().contains(".");
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
