package org.labourhub.accounts;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;

/** The principal Spring Security keeps for a signed-in account. */
final class SignedInAccount implements UserDetails, CredentialsContainer, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Actor actor;
    private final String displayName;
    private String passwordHash;
    private final boolean enabled;

    SignedInAccount(Account account) {
        this.actor = new Actor(account.username(), account.role(), account.countryCode(), account.constituency());
        this.displayName = account.displayName();
        this.passwordHash = account.passwordHash();
        this.enabled = account.enabled();
    }

    Actor actor() {
        return actor;
    }

    public String getDisplayName() {
        return displayName;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + actor.role().name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return actor.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
