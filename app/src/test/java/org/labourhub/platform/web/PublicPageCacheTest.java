package org.labourhub.platform.web;

import org.junit.jupiter.api.Test;
import org.labourhub.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
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
class PublicPageCacheTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FilterRegistrationBean<PublicPageCache> cache;

    @Test
    void anAnonymousPageIsRenderedOnceAndServedAgainWhileNothingChanged() throws Exception {
        String first = get("/countries/PE?lang=fr").body();
        long hits = cache.getFilter().hits();
        var again = get("/countries/PE?lang=fr");
        assertThat(cache.getFilter().hits()).isEqualTo(hits + 1);
        assertThat(again.body()).isEqualTo(first);
        assertThat(again.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(again.headers().firstValue("Content-Security-Policy")).as("security headers on a kept page").isPresent();
        assertThat(get("/countries/PE?lang=es").body()).as("another language, another page").isNotEqualTo(first);
    }

    @Test
    void aChangeWrittenStraightToTheDatabaseIsSeenAtOnce() throws Exception {
        String name = jdbc.sql("select name::text from directory.country where iso2 = 'PE'").query(String.class).single();
        get("/countries/PE?lang=en");
        get("/countries/PE?lang=en");
        try {
            jdbc.sql("update directory.country set name = jsonb_set(name, '{en}', '\"Peru (renamed for a test)\"') where iso2 = 'PE'").update();
            assertThat(get("/countries/PE?lang=en").body()).contains("Peru (renamed for a test)");
        } finally {
            jdbc.sql("update directory.country set name = cast(? as jsonb) where iso2 = 'PE'").param(name).update();
        }
        assertThat(get("/countries/PE?lang=en").body()).doesNotContain("renamed for a test");
    }

    @Test
    void aSignedInReaderNeverGetsAKeptPageNorLeavesOne() throws Exception {
        get("/countries/PE?lang=en");
        var client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String login = send(client, HttpRequest.newBuilder(uri("/login"))).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
        assertThat(csrf.find()).isTrue();
        send(client, HttpRequest.newBuilder(uri("/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=focal.pe&password=" + IntegrationTest.DEMO_PASSWORD
                        + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8))));
        String signedIn = send(client, HttpRequest.newBuilder(uri("/countries/PE?lang=en"))).body();
        assertThat(signedIn).contains("csrf-token");
        assertThat(get("/countries/PE?lang=en").body()).doesNotContain("csrf-token");
    }

    @Test
    void theSignInFormCarriesEachBrowsersOwnTokenAndIsNeverKept() throws Exception {
        var first = get("/login");
        var second = get("/login");
        assertThat(token(first.body())).isNotEqualTo(token(second.body()));
        assertThat(second.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("LABOURHUB-CSRF="));
    }

    private static String token(String page) {
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return send(HttpClient.newHttpClient(), HttpRequest.newBuilder(uri(path)));
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) throws Exception {
        return client.send(request.header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
