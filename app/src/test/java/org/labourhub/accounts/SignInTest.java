package org.labourhub.accounts;

import org.junit.jupiter.api.Test;
import org.labourhub.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class SignInTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void demoAccountsAndTheAdministratorCanSignIn() throws Exception {
        assertThat(signIn("focal.gt", IntegrationTest.DEMO_PASSWORD)).endsWith("/");
        assertThat(signIn("admin", IntegrationTest.ADMIN_PASSWORD)).endsWith("/");
    }

    @Test
    void passwordsAreStoredHashed() {
        String hash = jdbc.sql("select password_hash from accounts.account where username = 'secretariat'")
                .query(String.class).single();
        assertThat(hash).startsWith("{bcrypt}").doesNotContain(IntegrationTest.DEMO_PASSWORD);
    }

    @Test
    void repeatedFailuresPauseSignInEvenWithTheRightPassword() throws Exception {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_ACCOUNT; i++) {
            assertThat(signIn("analyst", "wrong-" + i)).endsWith("/login?error=bad");
        }
        assertThat(signIn("analyst", IntegrationTest.DEMO_PASSWORD)).endsWith("/login?error=throttled");
        jdbc.sql("delete from accounts.login_failure where username = 'analyst'").update();
    }

    @Test
    void aFormPostWithoutCsrfTokenIsRefused() throws Exception {
        var client = HttpClient.newBuilder().build();
        var response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=x")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(403);
    }

    /** Signs in through the real form and returns where the browser is sent. */
    private String signIn(String username, String password) throws Exception {
        var client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String page = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(csrf.find()).as("login form has a CSRF token").isTrue();
        String form = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(csrf.group(1));
        var response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
