package org.labourhub.directory;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** A browser-like HTTP client for module tests: keeps cookies, signs in through the form, sends CSRF tokens. */
final class WebClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern CSRF_META = Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    WebClient(int port) {
        this.base = "http://localhost:" + port;
    }

    static WebClient signedIn(int port, String username, String password) throws Exception {
        var client = new WebClient(port);
        String page = client.get("/login").body();
        var response = client.post("/login", Map.of("username", username, "password", password, "_csrf", csrf(page)));
        assertThat(response.headers().firstValue("Location").orElse("")).as("sign-in of " + username).endsWith("/");
        return client;
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> getJson(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> getHtmx(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html")
                .header("HX-Request", "true").build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Posts a form with a CSRF token: a signed-in page carries one; an anonymous reader's pages carry none, so it
     * takes the sign-in form's.
     */
    HttpResponse<String> submit(String path, Map<String, String> fields) throws Exception {
        var withToken = new LinkedHashMap<>(fields);
        String page = get("/countries/GT").body();
        withToken.put("_csrf", csrf(page.contains("csrf-token") ? page : get("/login").body()));
        return post(path, withToken);
    }

    HttpResponse<String> post(String path, Map<String, String> fields) throws Exception {
        String form = fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static String csrf(String page) {
        Matcher m = CSRF.matcher(page);
        if (m.find()) {
            return m.group(1);
        }
        Matcher meta = CSRF_META.matcher(page);
        assertThat(meta.find()).as("page carries a CSRF token").isTrue();
        return meta.group(1);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
