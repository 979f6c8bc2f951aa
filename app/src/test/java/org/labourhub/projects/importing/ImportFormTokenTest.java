package org.labourhub.projects.importing;

import org.junit.jupiter.api.Test;
import org.labourhub.IntegrationTest;
import org.labourhub.projects.importing.iati.IatiSamples;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import forms carry their CSRF token in the multipart body, not in the URL (where proxies, logs and the Referer
 * header would keep it): a real upload through the running server, as a browser sends the form, is accepted.
 */
@IntegrationTest
class ImportFormTokenTest {

    private static final Pattern FORM = Pattern.compile(
            "<form[^>]*action=\"(/projects/import/iati)\"[^>]*>.*?name=\"_csrf\" value=\"([^\"]+)\"", Pattern.DOTALL);

    @Value("${local.server.port}")
    int port;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @Test
    void theIatiUploadSendsItsTokenInTheFormBody() throws Exception {
        signIn();
        String page = get("/projects/import").body();
        assertThat(page).doesNotContain("_csrf=");
        var form = FORM.matcher(page);
        assertThat(form.find()).as("the IATI form holds its token as a hidden field").isTrue();

        String boundary = "----labourhub-test";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + form.group(2) + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"token.xml\"\r\n"
                + "Content-Type: text/xml\r\n\r\n"
                + IatiSamples.file(IatiSamples.activity("XI-TEST-TOKEN", "Proyecto con ficha", "PE", "")) + "\r\n"
                + "--" + boundary + "--\r\n";
        var response = http.send(HttpRequest.newBuilder(URI.create(base() + form.group(1)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElse("")).contains("/jobs/");
    }

    @Test
    void noTemplatePutsATokenInAUrl() throws Exception {
        for (var template : new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html")) {
            assertThat(template.getContentAsString(StandardCharsets.UTF_8)).as(template.getFilename()).doesNotContain("_csrf=");
        }
    }

    private void signIn() throws Exception {
        String login = get("/login").body();
        var token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
        assertThat(token.find()).isTrue();
        String form = "username=secretariat&password=" + IntegrationTest.DEMO_PASSWORD + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        var response = http.send(HttpRequest.newBuilder(URI.create(base() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.headers().firstValue("Location").orElse("")).endsWith("/");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base() + path)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
