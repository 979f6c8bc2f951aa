package org.labourhub.accounts;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * Accounts started alone (with the platform only), on a database of its own: administering accounts and the audit
 * trail work without the directory, and the header offers only the accounts' pages.
 */
// the modules' boundaries are verified once, by ModularityTests, which knows the risk engine is a library, not a module
@ApplicationModuleTest(verifyAutomatically = false)
@AutoConfigureMockMvc
@TestPropertySource(properties = {
        "labourhub.database.home=${labourhub.test-data-dir:target/test-postgres}-accounts",
        "labourhub.database.recreate=true",
        "labourhub.database.port=0",
        "logging.file.name=target/test-logs/labourhub-accounts.log"
})
class AccountsAloneTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anAdministratorCreatesAnAccountAndTheWriteIsAudited() throws Exception {
        mvc.perform(post("/admin/accounts/new").with(csrf()).with(SignedIn.as("admin", Role.ADMIN))
                        .param("username", "analyst.alone").param("displayName", "An analyst")
                        .param("role", "ANALYST").param("enabled", "true").param("password", "a-long-enough-password"))
                .andExpect(redirectedUrl("/admin/accounts?saved"));
        assertThat(jdbc.sql("select count(*) from accounts.audit_event where record_type = 'account' and after->>'username' = 'analyst.alone'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theHeaderOffersOnlyTheAccountsPages() throws Exception {
        String page = mvc.perform(get("/admin/accounts").with(SignedIn.as("admin", Role.ADMIN)).locale(Locale.ENGLISH))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("href=\"/audit\"", "href=\"/admin/accounts\"")
                .doesNotContain("href=\"/countries\"", "href=\"/projects\"", "href=\"/plans\"");
    }
}
