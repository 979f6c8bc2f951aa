package org.labourhub.accounts;

import org.labourhub.platform.Constituency;

/**
 * An account. A focal point is scoped to exactly one country and one constituency; other roles have no scope.
 */
record Account(Long id, String username, String displayName, String passwordHash, Role role,
               String countryCode, Constituency constituency, boolean enabled, int version) {

    Account {
        if (username == null || !username.matches("[a-z0-9._-]{3,60}")) {
            throw new IllegalArgumentException("username");
        }
        if (role == Role.FOCAL_POINT && (countryCode == null || constituency == null)) {
            throw new IllegalArgumentException("scope");
        }
        if (role != Role.FOCAL_POINT) {
            countryCode = null;
            constituency = null;
        }
    }
}
