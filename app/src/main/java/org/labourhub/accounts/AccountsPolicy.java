package org.labourhub.accounts;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Who may manage accounts and read the audit trail: decided here, on the server, for every request. */
@Component
class AccountsPolicy {

    void requireAccountManager(Actor actor) {
        if (!actor.is(Role.ADMIN)) {
            throw new AccessDeniedException("Only an administrator manages accounts");
        }
    }

    void requireAuditReader(Actor actor) {
        if (!actor.maintainsEverything()) {
            throw new AccessDeniedException("Only the secretariat and administrators read the audit trail");
        }
    }
}
