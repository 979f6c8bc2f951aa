package org.labourhub.directory;

import java.util.regex.Pattern;

/** An e-mail address: one @, a local part and a domain with a dot, no spaces, at most 200 characters. */
record EmailAddress(String value) {

    static final int MAX_LENGTH = 200;
    private static final Pattern SHAPE = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    EmailAddress {
        if (!isValid(value)) {
            throw new IllegalArgumentException("Not an e-mail address: " + value);
        }
    }

    static boolean isValid(String text) {
        return text != null && text.length() <= MAX_LENGTH && SHAPE.matcher(text).matches();
    }
}
