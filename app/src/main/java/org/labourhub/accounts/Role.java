package org.labourhub.accounts;

/** What an account may do; a focal point is further limited to one country and one constituency. */
public enum Role {
    ADMIN, SECRETARIAT, FOCAL_POINT, ANALYST
}
