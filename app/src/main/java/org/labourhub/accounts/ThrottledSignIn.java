package org.labourhub.accounts;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * Password sign-in that refuses to check passwords while this account and address (or this address) must wait,
 * and that treats a password no account could have (longer than the hasher reads) as a wrong one.
 */
@Component
class ThrottledSignIn implements AuthenticationProvider {

    private final LoginThrottle throttle;
    private final DaoAuthenticationProvider passwords;

    ThrottledSignIn(LoginThrottle throttle, Accounts accounts, PasswordEncoder encoder) {
        this.throttle = throttle;
        this.passwords = new DaoAuthenticationProvider(username -> accounts.byUsername(username)
                .map(SignedInAccount::new)
                .orElseThrow(() -> new UsernameNotFoundException("no such account")));
        this.passwords.setPasswordEncoder(encoder);
    }

    /** Sign-in refused because of too many recent failures; {@code wait} is how long before the next try. */
    static final class Throttled extends AuthenticationException {
        private final Duration wait;

        Throttled(Duration wait) {
            super("too many failed sign-ins");
            this.wait = wait;
        }

        Duration getWait() {
            return wait;
        }
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String username = String.valueOf(attempt.getPrincipal());
        String ip = attempt.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : "unknown";
        var wait = throttle.waitBefore(username, ip);
        if (wait.isPresent()) {
            throw new Throttled(wait.get());
        }
        try {
            if (!PasswordPolicy.fitsTheHasher(String.valueOf(attempt.getCredentials()))) {
                throw new BadCredentialsException("password longer than any account's");
            }
            Authentication result = passwords.authenticate(attempt);
            throttle.succeeded(username, ip);
            return result;
        } catch (BadCredentialsException e) {
            throttle.failed(username, ip);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
