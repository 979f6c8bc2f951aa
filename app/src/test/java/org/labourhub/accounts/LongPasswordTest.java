package org.labourhub.accounts;

import org.junit.jupiter.api.Test;
import org.labourhub.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A password longer than bcrypt reads (72 bytes) is a field message on the account form and a wrong password at sign-in. */
@IntegrationTest
@AutoConfigureMockMvc
class LongPasswordTest {

    /** 40 accented letters: 40 characters but 80 bytes. */
    static final String TOO_LONG = "é".repeat(40);

    @LocalServerPort int port;
    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    @Test
    void theAccountFormNamesTheLimit() throws Exception {
        mvc.perform(post("/admin/accounts/new").with(csrf()).with(SignedIn.as("admin", Role.ADMIN)).locale(Locale.ENGLISH)
                        .param("username", "long.password").param("displayName", "Long password").param("role", "ANALYST")
                        .param("enabled", "true").param("password", TOO_LONG))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The password is too long: at most 72 bytes")));
        assertThat(jdbc.sql("select count(*) from accounts.account where username = 'long.password'").query(Long.class).single()).isZero();
    }

    @Test
    void signingInWithItIsAWrongPassword() throws Exception {
        var client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String page = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        var token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(token.find()).isTrue();
        String form = "username=focal.pe&password=" + enc("x".repeat(100)) + "&_csrf=" + enc(token.group(1));
        var response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/login?error=bad");
        jdbc.sql("delete from accounts.login_failure where username = 'focal.pe'").update();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
