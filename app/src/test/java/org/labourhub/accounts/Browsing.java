package org.labourhub.accounts;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One browser tab against the running application: keeps its cookies, signs in through the real form, and can
 * pretend to come through the trusted proxy from a given client address.
 */
final class Browsing {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern CSRF_META = Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"");

    final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();
    private final String base;
    private final String[] alwaysHeaders;
    HttpResponse<String> lastSignIn;

    /** A tab that sends these headers with every request (e.g. what the trusted proxy adds). */
    Browsing(int port, String... alwaysHeaders) {
        this.base = "http://localhost:" + port;
        this.alwaysHeaders = alwaysHeaders;
    }

    /** A tab of a client at this address, behind the trusted proxy. */
    static Browsing from(int port, String clientAddress) {
        return new Browsing(port, "X-Forwarded-For", clientAddress);
    }

    /** Signs in through the form and returns where the browser is sent. */
    String signIn(String username, String password) throws Exception {
        String page = get("/login").body();
        Matcher csrf = CSRF.matcher(page);
        assertThat(csrf.find()).as("the sign-in form has a CSRF token").isTrue();
        var response = post("/login", "username", username, "password", password, "_csrf", csrf.group(1));
        lastSignIn = response;
        assertThat(response.statusCode()).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow();
    }

    HttpResponse<String> get(String path, String... headers) throws Exception {
        return http.send(request(path, headers).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts a form with the CSRF token that a signed-in page carries. */
    HttpResponse<String> submit(String path, String... fields) throws Exception {
        Matcher token = CSRF_META.matcher(get("/").body());
        String csrf = token.find() ? token.group(1) : "none";
        return post(path, Stream.concat(Stream.of(fields), Stream.of("_csrf", csrf)).toArray(String[]::new));
    }

    HttpResponse<String> post(String path, String... fields) throws Exception {
        StringBuilder form = new StringBuilder();
        for (int i = 0; i < fields.length; i += 2) {
            form.append(form.isEmpty() ? "" : "&").append(enc(fields[i])).append('=').append(enc(fields[i + 1]));
        }
        return http.send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build(), HttpResponse.BodyHandlers.ofString());
    }

    String cookieNames() {
        return cookies.getCookieStore().getCookies().stream().map(c -> c.getName()).collect(Collectors.joining(","));
    }

    private HttpRequest.Builder request(String path, String... headers) {
        var request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html");
        for (String[] pairs : new String[][]{alwaysHeaders, headers}) {
            for (int i = 0; i < pairs.length; i += 2) {
                request.header(pairs[i], pairs[i + 1]);
            }
        }
        return request;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
