package org.labourhub.accounts;

import org.labourhub.platform.Constituency;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.io.Serializable;
import java.util.Optional;

/**
 * Who is acting: the signed-in account with its role and scope, or an anonymous reader. Module policies decide
 * from this alone.
 *
 * @param countryCode   ISO 3166 alpha-2 code of a focal point's country, else null
 * @param constituency  a focal point's constituency, else null
 */
public record Actor(String username, Role role, String countryCode, Constituency constituency) implements Serializable {

    public static final Actor ANONYMOUS = new Actor("anonymous", null, null, null);

    public static Actor current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof SignedInAccount account) {
            return account.actor();
        }
        return ANONYMOUS;
    }

    public boolean isAnonymous() {
        return role == null;
    }

    public boolean is(Role wanted) {
        return role == wanted;
    }

    /** Administrators and the secretariat maintain all shared data. */
    public boolean maintainsEverything() {
        return role == Role.ADMIN || role == Role.SECRETARIAT;
    }

    /** Whether this actor is a focal point of the given country. */
    public boolean isFocalPointOf(String country) {
        return role == Role.FOCAL_POINT && countryCode != null && countryCode.equalsIgnoreCase(country);
    }

    public Optional<String> country() {
        return Optional.ofNullable(countryCode);
    }
}
