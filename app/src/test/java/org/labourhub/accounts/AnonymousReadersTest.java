package org.labourhub.accounts;

import org.junit.jupiter.api.Test;
import org.labourhub.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading costs the server no session; over HTTPS (at the trusted proxy) the browser is told to stay on HTTPS. */
@IntegrationTest
class AnonymousReadersTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void readingPublicPagesCreatesNoSessionAndSetsNoSessionCookie() throws Exception {
        long before = sessions();
        var reader = new Browsing(port);
        for (String page : new String[]{"/", "/countries", "/countries/GT", "/projects", "/projects?q=migration",
                "/plans", "/organisations", "/people", "/networks", "/experts", "/projects/monitoring"}) {
            var response = reader.get(page);
            assertThat(response.statusCode()).as(page).isEqualTo(200);
            assertThat(response.headers().allValues("Set-Cookie")).as(page).noneMatch(c -> c.startsWith("SESSION"));
            assertThat(response.body()).as(page).doesNotContain("csrf-token");
        }
        assertThat(reader.get("/audit").statusCode()).as("a page that needs an account").isEqualTo(302);
        assertThat(reader.get("/me/assignments").statusCode()).isEqualTo(302);
        assertThat(sessions()).isEqualTo(before);
    }

    @Test
    void behindTheTrustedTlsProxyPagesSendHstsAndTheSessionCookieIsSecure() throws Exception {
        var http = HttpClient.newHttpClient();
        var page = http.send(overHttps("/login").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
                hsts -> assertThat(hsts).contains("max-age="));
        String csrfCookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("LABOURHUB-CSRF="))
                .findFirst().orElseThrow();
        assertThat(csrfCookie).contains("Secure");
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
        assertThat(token.find()).isTrue();
        var signedIn = http.send(overHttps("/login").header("Cookie", csrfCookie.substring(0, csrfCookie.indexOf(';')))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=focal.pe&password=" + IntegrationTest.DEMO_PASSWORD
                        + "&_csrf=" + token.group(1))).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).startsWith("https://"));
        assertThat(signedIn.headers().allValues("Set-Cookie"))
                .filteredOn(c -> c.startsWith("SESSION=")).isNotEmpty().allMatch(c -> c.contains("Secure"));
    }

    @Test
    void overPlainHttpThereIsNoHsts() throws Exception {
        assertThat(new Browsing(port).get("/countries").headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    private HttpRequest.Builder overHttps(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("X-Forwarded-Proto", "https");
    }

    private long sessions() {
        return jdbc.sql("select count(*) from accounts.spring_session").query(Long.class).single();
    }
}
