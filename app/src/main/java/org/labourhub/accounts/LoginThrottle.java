package org.labourhub.accounts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * Slows down password guessing: after repeated failures for one account, or from one address, sign-in is refused
 * for a while. Kept in the database so every app node sees the same count.
 */
@Component
class LoginThrottle {

    static final int MAX_FAILURES_PER_ACCOUNT = 5;
    static final int MAX_FAILURES_PER_ADDRESS = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final JdbcClient jdbc;

    LoginThrottle(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean isBlocked(String username, String clientIp) {
        return failures("username", username.toLowerCase()) >= MAX_FAILURES_PER_ACCOUNT
                || failures("client_ip", clientIp) >= MAX_FAILURES_PER_ADDRESS;
    }

    void failed(String username, String clientIp) {
        jdbc.sql("insert into accounts.login_failure (username, client_ip) values (?, ?)")
                .params(username.toLowerCase(), clientIp).update();
        jdbc.sql("delete from accounts.login_failure where at < now() - make_interval(secs => ?)")
                .param(WINDOW.toSeconds() * 4).update();
    }

    void succeeded(String username) {
        jdbc.sql("delete from accounts.login_failure where username = ?").param(username.toLowerCase()).update();
    }

    private long failures(String column, String value) {
        return jdbc.sql("select count(*) from accounts.login_failure where " + column
                        + " = ? and at > now() - make_interval(secs => ?)")
                .params(value, WINDOW.toSeconds()).query(Long.class).single();
    }
}
