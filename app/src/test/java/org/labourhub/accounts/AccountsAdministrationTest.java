package org.labourhub.accounts;

import org.junit.jupiter.api.Test;
import org.labourhub.IntegrationTest;
import org.labourhub.platform.Constituency;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@AutoConfigureMockMvc
class AccountsAdministrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anAdministratorCreatesAFocalPointAndTheWriteIsAudited() throws Exception {
        mvc.perform(post("/admin/accounts/new").with(csrf()).with(SignedIn.as("admin", Role.ADMIN))
                        .param("username", "focal.cr").param("displayName", "Government focal point, Costa Rica")
                        .param("role", "FOCAL_POINT").param("countryCode", "cr").param("constituency", "GOVERNMENT")
                        .param("enabled", "true").param("password", "a-long-enough-password"))
                .andExpect(redirectedUrl("/admin/accounts?saved"));
        assertThat(jdbc.sql("select country_code from accounts.account where username = 'focal.cr'")
                .query(String.class).single()).isEqualTo("CR");
        assertThat(jdbc.sql("select count(*) from accounts.audit_event where record_type = 'account' and actor = 'admin' and after->>'username' = 'focal.cr'")
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from accounts.audit_event where after::text like '%bcrypt%'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void badInputIsExplainedNextToTheFieldInTheUsersLanguageAndNothingIsSaved() throws Exception {
        long before = count();
        mvc.perform(post("/admin/accounts/new").with(csrf()).with(SignedIn.as("admin", Role.ADMIN)).locale(Locale.FRENCH)
                        .param("username", "X").param("displayName", "").param("role", "FOCAL_POINT")
                        .param("countryCode", "").param("password", "short"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Un point focal a besoin d&#39;un pays et d&#39;un mandant.")))
                .andExpect(content().string(containsString("Ce champ est obligatoire.")))
                .andExpect(content().string(containsString("au moins 15 caractères")));
        mvc.perform(post("/admin/accounts/new").with(csrf()).with(SignedIn.as("admin", Role.ADMIN)).locale(Locale.forLanguageTag("es"))
                        .param("username", "ok.user").param("displayName", "Someone").param("role", "SECRETARIAT")
                        .param("password", "short"))
                .andExpect(content().string(containsString("al menos 15 caracteres")));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void onlyAnAdministratorManagesAccounts() throws Exception {
        mvc.perform(get("/admin/accounts").with(SignedIn.focalPoint("focal.gt", "GT", Constituency.GOVERNMENT)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/accounts/new").with(csrf()).with(SignedIn.as("secretariat", Role.SECRETARIAT))
                        .param("username", "sneaky").param("displayName", "x").param("role", "ADMIN").param("password", "a-long-enough-password"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from accounts.account where username = 'sneaky'").query(Long.class).single()).isZero();
    }

    @Test
    void aStaleFormDoesNotOverwriteSomeoneElsesChange() throws Exception {
        long id = jdbc.sql("select id from accounts.account where username = 'analyst'").query(Long.class).single();
        int version = jdbc.sql("select version from accounts.account where id = ?").param(id).query(Integer.class).single();
        mvc.perform(post("/admin/accounts/{id}/edit", id).with(csrf()).with(SignedIn.as("admin", Role.ADMIN))
                        .param("displayName", "First editor").param("role", "ANALYST").param("enabled", "true")
                        .param("version", String.valueOf(version)))
                .andExpect(redirectedUrl("/admin/accounts?saved"));
        mvc.perform(post("/admin/accounts/{id}/edit", id).with(csrf()).with(SignedIn.as("admin", Role.ADMIN))
                        .param("displayName", "Second editor").param("role", "ANALYST").param("enabled", "true")
                        .param("version", String.valueOf(version)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone else changed this record")));
        assertThat(jdbc.sql("select display_name from accounts.account where id = ?").param(id).query(String.class).single())
                .isEqualTo("First editor");
    }

    @Test
    void theSecretariatReadsTheAuditTrailButAFocalPointDoesNot() throws Exception {
        mvc.perform(get("/audit").with(SignedIn.as("secretariat", Role.SECRETARIAT))).andExpect(status().isOk());
        mvc.perform(get("/audit").with(SignedIn.focalPoint("focal.gt", "GT", Constituency.GOVERNMENT)))
                .andExpect(status().isForbidden());
    }

    private long count() {
        return jdbc.sql("select count(*) from accounts.account").query(Long.class).single();
    }
}
