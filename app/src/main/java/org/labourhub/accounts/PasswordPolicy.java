package org.labourhub.accounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a password must be, in the spirit of NIST SP 800-63B: long enough (15 characters, since a password is the
 * only factor here), short enough for the hasher (bcrypt reads 72 bytes), and not guessable — not on the list of
 * common passwords shipped with the application (alone, repeated, or padded with digits and punctuation), not one
 * character or a run of consecutive ones, not the account's username or name, not the name of the application or
 * its demo password. No rules about character classes and no expiry: those make passwords weaker.
 */
final class PasswordPolicy {

    static final int MIN_CHARACTERS = 15;
    static final int MAX_BYTES = 72;

    private static final Set<String> COMMON = load("/accounts/common-passwords.txt");
    private static final Set<String> CONTEXT = Set.of("labourhub", "labourhubdemo", FirstAccounts.DEMO_PASSWORD);

    private PasswordPolicy() {
    }

    /** One reason a password is refused: a message key and its arguments. */
    record Problem(String key, Object... args) {
    }

    static List<Problem> problems(String password, String username, String displayName) {
        var problems = new ArrayList<Problem>();
        if (password.codePointCount(0, password.length()) < MIN_CHARACTERS) {
            problems.add(new Problem("accounts.password.short", MIN_CHARACTERS));
        }
        if (!fitsTheHasher(password)) {
            problems.add(new Problem("accounts.password.long", MAX_BYTES));
        }
        String folded = password.toLowerCase(Locale.ROOT);
        if (isCommon(folded) || isRepetitive(folded) || isSequential(folded)) {
            problems.add(new Problem("accounts.password.common"));
        } else if (isAboutTheAccount(folded, username, displayName)) {
            problems.add(new Problem("accounts.password.personal"));
        }
        return problems;
    }

    /** Whether the hasher reads the whole password; a longer one could never have been set. */
    static boolean fitsTheHasher(String password) {
        return password.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
    }

    private static boolean isCommon(String folded) {
        String core = folded.replaceAll("^[\\p{N}\\p{P}\\p{S}\\s]+|[\\p{N}\\p{P}\\p{S}\\s]+$", "");
        String unit = folded.replaceAll("^(.+?)\\1+$", "$1");
        return COMMON.contains(folded) || COMMON.contains(core) || COMMON.contains(unit) || CONTEXT.contains(folded)
                || CONTEXT.contains(lettersOf(folded));
    }

    /** One short unit repeated: "aaaaaaaaaaaaaaa", "abcabcabcabcabc". */
    private static boolean isRepetitive(String folded) {
        return folded.matches("^(.{1,4})\\1+$") || folded.codePoints().distinct().count() <= 2;
    }

    /** Every character one step from the last: "123456789012345", "abcdefghijklmno", "zyxwvutsrqponml". */
    private static boolean isSequential(String folded) {
        int[] cps = folded.codePoints().toArray();
        for (int i = 1; i < cps.length; i++) {
            int step = cps[i] - cps[i - 1];
            boolean wraps = (cps[i - 1] == '9' && cps[i] == '0') || (cps[i - 1] == '0' && cps[i] == '9');
            if (Math.abs(step) != 1 && !wraps) {
                return false;
            }
        }
        return cps.length > 1;
    }

    private static boolean isAboutTheAccount(String folded, String username, String displayName) {
        String user = Objects.toString(username, "").strip().toLowerCase(Locale.ROOT);
        String name = lettersOf(Objects.toString(displayName, "").toLowerCase(Locale.ROOT));
        return (user.length() >= 3 && folded.contains(user))
                || (!name.isEmpty() && lettersOf(folded).equals(name));
    }

    private static String lettersOf(String s) {
        return s.replaceAll("[^\\p{L}]", "");
    }

    private static Set<String> load(String resource) {
        var stream = PasswordPolicy.class.getResourceAsStream(resource);
        if (stream == null) {
            throw new IllegalStateException("The list of common passwords is missing: " + resource);
        }
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(line -> !line.isEmpty())
                    .map(line -> line.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
