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

/**
 * Password sign-in that refuses to check passwords while an account or address is throttled, and that treats a
 * password no account can have (longer than the hasher reads) as a wrong one.
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

    /** Sign-in refused because of too many recent failures. */
    static final class Throttled extends AuthenticationException {
        Throttled() {
            super("too many failed sign-ins");
        }
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String username = String.valueOf(attempt.getPrincipal());
        String ip = attempt.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : "unknown";
        if (throttle.isBlocked(username, ip)) {
            throw new Throttled();
        }
        try {
            if (AccountForm.tooLongToHash(String.valueOf(attempt.getCredentials()))) {
                throw new BadCredentialsException("password longer than any account's");
            }
            Authentication result = passwords.authenticate(attempt);
            throttle.succeeded(username);
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
