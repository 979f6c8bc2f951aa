package org.labourhub.accounts;

import org.labourhub.platform.web.NavigationLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The audit trail (secretariat and administrators) and the accounts (administrators) in the page header's navigation. */
@Configuration(proxyBeanMethods = false)
class AccountsNavigation {

    @Bean
    NavigationLink auditLink() {
        return NavigationLink.forRoles(90, "/audit", "nav.audit", Role.ADMIN.name(), Role.SECRETARIAT.name());
    }

    @Bean
    NavigationLink accountsLink() {
        return NavigationLink.forRoles(100, "/admin/accounts", "nav.accounts", Role.ADMIN.name());
    }
}
