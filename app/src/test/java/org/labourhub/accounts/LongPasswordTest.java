package org.labourhub.accounts;

import org.junit.jupiter.api.Test;
import org.labourhub.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A password longer than bcrypt reads (72 bytes) is a field message on the account form (at sign-in: {@link SignInTest}). */
@IntegrationTest
@AutoConfigureMockMvc
class LongPasswordTest {

    /** 40 accented letters: 40 characters but 80 bytes. */
    static final String TOO_LONG = "é".repeat(40);

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    @Test
    void theAccountFormNamesTheLimit() throws Exception {
        mvc.perform(post("/admin/accounts/new").with(csrf()).with(SignedIn.as("admin", Role.ADMIN)).locale(Locale.ENGLISH)
                        .param("username", "long.password").param("displayName", "Long password").param("role", "ANALYST")
                        .param("enabled", "true").param("password", TOO_LONG))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The password may have at most 72 bytes")));
        assertThat(jdbc.sql("select count(*) from accounts.account where username = 'long.password'").query(Long.class).single()).isZero();
    }
}
