package org.labourhub.accounts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * Slows down password guessing without locking the real user out. Failures are counted per account and address
 * pair: after a few, each further attempt from that address for that account must wait longer (doubling, up to a
 * cap), while the same account signs in normally from anywhere else. An address that fails on many accounts
 * (password spraying) waits too, with a lower cap. The address is the client's own, read from forwarded headers
 * only when they come from a trusted proxy (see the README). Kept in the database so every app node sees the
 * same count.
 */
@Component
class LoginThrottle {

    /** Failures for one account from one address that are free of any wait. */
    static final int FREE_FAILURES_PER_PAIR = 5;
    static final Duration FIRST_PAIR_WAIT = Duration.ofSeconds(15);
    static final Duration LONGEST_PAIR_WAIT = Duration.ofMinutes(15);
    /** Failures from one address, across accounts, that are free of any wait. */
    static final int FREE_FAILURES_PER_ADDRESS = 30;
    static final Duration FIRST_ADDRESS_WAIT = Duration.ofSeconds(2);
    static final Duration LONGEST_ADDRESS_WAIT = Duration.ofMinutes(1);
    /** How long a failure counts. */
    static final Duration WINDOW = Duration.ofHours(1);

    private final JdbcClient jdbc;

    LoginThrottle(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** How long this account must still wait before a password from this address is checked, if at all. */
    Optional<Duration> waitBefore(String username, String clientIp) {
        Duration pair = remaining(failures("username = ? and client_ip = ?", username.toLowerCase(), clientIp),
                FREE_FAILURES_PER_PAIR, FIRST_PAIR_WAIT, LONGEST_PAIR_WAIT);
        Duration address = remaining(failures("client_ip = ?", clientIp),
                FREE_FAILURES_PER_ADDRESS, FIRST_ADDRESS_WAIT, LONGEST_ADDRESS_WAIT);
        Duration wait = pair.compareTo(address) >= 0 ? pair : address;
        return !wait.isNegative() && !wait.isZero() ? Optional.of(wait) : Optional.empty();
    }

    void failed(String username, String clientIp) {
        jdbc.sql("insert into accounts.login_failure (username, client_ip) values (?, ?)")
                .params(username.toLowerCase(), clientIp).update();
        jdbc.sql("delete from accounts.login_failure where at < now() - make_interval(secs => ?)")
                .param(WINDOW.toSeconds()).update();
    }

    /** A correct password from this address forgets this pair's failures; other addresses keep theirs. */
    void succeeded(String username, String clientIp) {
        jdbc.sql("delete from accounts.login_failure where username = ? and client_ip = ?")
                .params(username.toLowerCase(), clientIp).update();
    }

    /** The wait owed after {@code failures}: none for the free ones, then doubling from the first wait to the cap. */
    static Duration waitAfter(long failures, int free, Duration first, Duration longest) {
        if (failures < free) {
            return Duration.ZERO;
        }
        long doublings = Math.min(failures - free, 30);
        Duration wait = first.multipliedBy(1L << doublings);
        return wait.compareTo(longest) > 0 ? longest : wait;
    }

    private static Duration remaining(Failures f, int free, Duration first, Duration longest) {
        Duration owed = waitAfter(f.count(), free, first, longest);
        return owed.isZero() ? owed : owed.minus(f.sinceLast());
    }

    private Failures failures(String where, Object... params) {
        return jdbc.sql("""
                        select count(*) as count,
                               coalesce(extract(epoch from now() - max(at)) * 1000, 0)::bigint as since_last_ms
                        from accounts.login_failure
                        where %s and at > now() - make_interval(secs => ?)""".formatted(where))
                .params(withWindow(params))
                .query((rs, row) -> new Failures(rs.getLong("count"), Duration.ofMillis(rs.getLong("since_last_ms"))))
                .single();
    }

    private static Object[] withWindow(Object[] params) {
        Object[] all = Arrays.copyOf(params, params.length + 1);
        all[params.length] = WINDOW.toSeconds();
        return all;
    }

    private record Failures(long count, Duration sinceLast) {
    }
}
