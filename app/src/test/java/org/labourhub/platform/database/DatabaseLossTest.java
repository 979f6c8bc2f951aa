package org.labourhub.platform.database;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded PostgreSQL killed (kill -9 of its postmaster) under a running application: pages say at once, in the
 * reader's language, that the service is briefly unavailable (503, not a container error page), health says DOWN
 * within a few hundred milliseconds, and once the watchdog has started the server again the same application
 * serves the data again, signed-in sessions included. A context and data folder of its own, closed afterwards,
 * so that the other tests' shared server is never disturbed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "labourhub.database.home=target/database-loss-test",
        "labourhub.database.recreate=true",
        "labourhub.database.port=0",
        "labourhub.demo=false",
        "labourhub.admin-password=" + DatabaseLossTest.ADMIN_PASSWORD,
        "logging.file.name=target/test-logs/database-loss.log"
})
@DirtiesContext
class DatabaseLossTest {

    static final String ADMIN_PASSWORD = "lighthouse-keeper-outage-drill";
    private static final Path PID_FILE = Path.of("target/database-loss-test/postgres-data/postmaster.pid");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EmbeddedPostgres server;

    private final HttpClient admin = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private final HttpClient reader = HttpClient.newHttpClient();

    @Test
    void whileTheDatabaseIsDownPagesSay503InTheReadersLanguageAndServeAgainOnceItIsBack() throws Exception {
        jdbc.sql("""
                insert into directory.country (iso2, iso3, name, region)
                values ('ZQ', 'ZQZ', '{"original":"en","en":"Outageland","fr":"Pannelande"}', 'EUROPE')""").update();
        signInAsAdmin();
        assertThat(get(admin, "/countries/ZQ?lang=en", "text/html").body()).contains("Outageland");
        assertThat(get(reader, "/actuator/health", "application/json").body()).contains("\"UP\"");

        // holding the server's monitor keeps the watchdog from starting it again until we have looked at the outage
        synchronized (server) {
            ProcessHandle postmaster = ProcessHandle.of(Long.parseLong(Files.readAllLines(PID_FILE).get(0))).orElseThrow();
            postmaster.destroyForcibly();
            postmaster.onExit().get(10, java.util.concurrent.TimeUnit.SECONDS);
            long killed = System.nanoTime();

            var health = get(reader, "/actuator/health", "application/json");
            long healthMillis = millisSince(killed);
            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(health.body()).contains("\"DOWN\"");
            assertThat(healthMillis).as("health says DOWN within").isLessThan(1000);

            long asked = System.nanoTime();
            var page = get(admin, "/countries/ZQ?lang=fr", "text/html");
            long pageMillis = millisSince(asked);
            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.headers().firstValue("Retry-After")).isPresent();
            assertThat(page.body()).contains("Momentanément indisponible", "Réessayer", "href=\"/countries/ZQ?lang=fr\"",
                    "href=\"/countries/ZQ?lang=pt\"");
            assertThat(pageMillis).as("503 page within").isLessThan(5000);

            var portuguese = reader.send(HttpRequest.newBuilder(uri("/plans")).header("Accept", "text/html")
                    .header("Accept-Language", "pt-BR,pt;q=0.9").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(portuguese.statusCode()).isEqualTo(503);
            assertThat(portuguese.body()).contains("Temporariamente indisponível");

            var api = get(reader, "/api/countries/ZQ", "application/json");
            assertThat(api.statusCode()).isEqualTo(503);
            assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
            assertThat(api.body()).contains("\"status\":503");
            System.out.printf("Database lost: health DOWN after %d ms, first 503 page after %d ms%n",
                    healthMillis, pageMillis);
        }

        long released = System.nanoTime();
        HttpResponse<String> back = get(admin, "/countries/ZQ?lang=en", "text/html");
        while (back.statusCode() != 200 && millisSince(released) < 60_000) {
            Thread.sleep(200);
            back = get(admin, "/countries/ZQ?lang=en", "text/html");
        }
        System.out.printf("Database lost: pages served again %d ms after the watchdog was let go%n", millisSince(released));
        assertThat(back.statusCode()).isEqualTo(200);
        assertThat(back.body()).contains("Outageland", "Administrator");
        assertThat(get(reader, "/actuator/health", "application/json").body()).contains("\"UP\"");
    }

    private void signInAsAdmin() throws Exception {
        String login = get(admin, "/login", "text/html").body();
        var csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
        assertThat(csrf.find()).isTrue();
        var response = admin.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=" + ADMIN_PASSWORD + "&_csrf="
                        + java.net.URLEncoder.encode(csrf.group(1), java.nio.charset.StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.headers().firstValue("Location").orElse("")).endsWith("/");
    }

    private HttpResponse<String> get(HttpClient client, String path, String accept) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(path)).header("Accept", accept).timeout(Duration.ofSeconds(60))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
