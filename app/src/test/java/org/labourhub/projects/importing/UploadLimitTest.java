package org.labourhub.projects.importing;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Uploads over the limit, sent through the running server as a browser sends the import page's forms, end on that
 * page with LabourHub's message in the reader's language, giving the limit and the file's size: whether the body is
 * over the request limit (refused from its length, before it is read) or only its file over the file limit
 * (refused once Tomcat has parsed it), and whether or not the browser said which page it came from. The refused
 * body is read to its end, so the answer arrives instead of a reset connection. A context of its own with small
 * limits (1 MB a file, 2 MB a request) and its own data folder, closed afterwards.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "labourhub.database.home=target/upload-limit-test",
        "labourhub.database.recreate=true",
        "labourhub.database.port=0",
        "labourhub.demo=false",
        "labourhub.admin-password=" + UploadLimitTest.ADMIN_PASSWORD,
        "logging.file.name=target/test-logs/upload-limit.log",
        "spring.servlet.multipart.max-file-size=1MB",
        "spring.servlet.multipart.max-request-size=2MB"
})
@DirtiesContext
class UploadLimitTest {

    static final String ADMIN_PASSWORD = "weighbridge-ledger-scales";
    private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final int MB = 1 << 20;

    @LocalServerPort
    int port;
    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private String token;

    @BeforeEach
    void signIn() throws Exception {
        var login = TOKEN.matcher(get("/login", "en").body());
        assertThat(login.find()).isTrue();
        browser.send(HttpRequest.newBuilder(uri("/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=" + ADMIN_PASSWORD + "&_csrf="
                        + URLEncoder.encode(login.group(1), StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.discarding());
        var form = TOKEN.matcher(get("/projects/import", "en").body());
        assertThat(form.find()).as("the import page's form token").isTrue();
        token = form.group(1);
    }

    @Test
    void anIatiFileOverTheRequestLimitIsRefusedOnTheImportPageInSpanishAndPortuguese() throws Exception {
        String location = send("/projects/import/iati", "actividades.xml", 5 * MB / 2, "/projects/import");
        assertThat(location).startsWith("/projects/import?tooLarge=");
        assertThat(alert(location, "es")).isEqualTo("No se recibió el archivo: pesa 2,5 MB, más que el límite de carga de 1 MB. "
                + "Divídalo en archivos más pequeños o pida al administrador que aumente el límite (LABOURHUB_MAX_UPLOAD).");
        assertThat(alert(location, "pt")).startsWith("O arquivo não foi recebido: ele tem 2,5 MB, mais do que o limite de envio de 1 MB.");
    }

    @Test
    void aSpreadsheetOverTheFileLimitButNotTheRequestLimitIsRefusedInFrenchAndEnglish() throws Exception {
        String location = send("/projects/import/spreadsheet", "inventario.xlsx", 3 * MB / 2, "/projects/import");
        assertThat(location).startsWith("/projects/import?tooLarge=");
        assertThat(alert(location, "fr")).startsWith("Le fichier n'a pas été reçu : il pèse 1,5 Mo, plus que la limite d'envoi de 1 Mo.");
        assertThat(alert(location, "en")).startsWith("The file was not received: it is 1.5 MB, more than the upload limit of 1 MB.");
    }

    @Test
    void withoutAReferrerTheRefusalGoesToTheFormsPage() throws Exception {
        String overRequest = send("/projects/import/spreadsheet", "inventario.csv", 3 * MB, null);
        assertThat(overRequest).startsWith("/projects/import?tooLarge=");
        assertThat(alert(overRequest, "es")).startsWith("No se recibió el archivo: pesa 3 MB, más que el límite de carga de 1 MB.");
        String overFile = send("/projects/import/iati", "actividades.xml", 3 * MB / 2, null);
        assertThat(overFile).startsWith("/projects/import?tooLarge=");
        assertThat(alert(overFile, "en")).startsWith("The file was not received: it is 1.5 MB");
    }

    @Test
    void anUploadUnderTheLimitGoesThroughAsBefore() throws Exception {
        String location = send("/projects/import/spreadsheet", "pequeno.csv", 0, "/projects/import");
        assertThat(location).startsWith("/projects/import/spreadsheet/").contains("name=pequeno.csv");
    }

    /** Posts the form's token and a file of {@code size} bytes (a small CSV for 0); returns where the answer sends. */
    private String send(String action, String fileName, int size, String referer) throws Exception {
        byte[] content = size == 0 ? "Código,Título\nA-1,Uno\n".getBytes(StandardCharsets.UTF_8) : filler(size);
        String boundary = "----labourhub-limit";
        var body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        var request = HttpRequest.newBuilder(uri(action)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (referer != null) {
            request.header("Referer", "http://localhost:" + port + referer);
        }
        HttpResponse<String> response = browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("answer to %s", fileName).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow().replace("http://localhost:" + port, "");
    }

    private static byte[] filler(int size) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) 'x');
        return bytes;
    }

    /** The page's alert, as a reader of this language sees it. */
    private String alert(String location, String language) throws Exception {
        HttpResponse<String> page = get(location, language);
        assertThat(page.statusCode()).isEqualTo(200);
        return Jsoup.parse(page.body()).select("main [role=alert]").text().replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    private HttpResponse<String> get(String path, String language) throws Exception {
        return browser.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").header("Accept-Language", language)
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
