package org.labourhub.platform.web;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

import java.util.Set;

/**
 * One entry of the page header's navigation, contributed by the module that owns the page (as a bean): where it
 * goes, the message key of its label, its place (smaller first) and who sees it. The layout names no module.
 *
 * @param roles the roles of which one is needed (without the {@code ROLE_} prefix); none: whoever may see it
 */
public record NavigationLink(int order, String path, String labelKey, boolean signedInOnly, Set<String> roles) {

    public static NavigationLink forEveryone(int order, String path, String labelKey) {
        return new NavigationLink(order, path, labelKey, false, Set.of());
    }

    public static NavigationLink forSignedIn(int order, String path, String labelKey) {
        return new NavigationLink(order, path, labelKey, true, Set.of());
    }

    public static NavigationLink forRoles(int order, String path, String labelKey, String... roles) {
        return new NavigationLink(order, path, labelKey, true, Set.of(roles));
    }

    boolean isShownTo(Authentication who) {
        boolean signedIn = who != null && who.isAuthenticated() && !"anonymousUser".equals(who.getPrincipal());
        if (!signedInOnly) {
            return true;
        }
        if (!signedIn) {
            return false;
        }
        return roles.isEmpty() || who.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(authority -> roles.contains(authority.replaceFirst("^ROLE_", "")));
    }
}
