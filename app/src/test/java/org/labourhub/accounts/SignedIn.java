package org.labourhub.accounts;

import org.labourhub.platform.Constituency;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/** MockMvc requests made as a signed-in account of a given role and scope, for any module's tests. */
public final class SignedIn {

    private SignedIn() {
    }

    public static RequestPostProcessor as(String username, Role role) {
        return as(username, role, null, null);
    }

    public static RequestPostProcessor focalPoint(String username, String country, Constituency constituency) {
        return as(username, Role.FOCAL_POINT, country, constituency);
    }

    public static RequestPostProcessor as(String username, Role role, String country, Constituency constituency) {
        var account = new SignedInAccount(new Account(null, username, username, "", role, country, constituency, true, 0));
        return authentication(UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities()));
    }
}
