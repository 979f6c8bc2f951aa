/**
 * Accounts, roles and their scope (a focal point's country and constituency), sign-in with throttling, the
 * first administrator, demo accounts, and the audit trail that records every write.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts",
        allowedDependencies = {"platform"})
package org.labourhub.accounts;
