package org.labourhub.accounts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The open sessions of an account. When an account is disabled, re-scoped, given another role or a new password,
 * all its sessions end in the same transaction, on every app node (sessions live in the database): the next
 * request of an old session is anonymous, and the person signs in again with the account as it now is.
 */
@Component
class AccountSessions {

    private final JdbcClient jdbc;

    AccountSessions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    int endAllOf(String username) {
        return jdbc.sql("delete from accounts.spring_session where principal_name = ?").param(username).update();
    }
}
