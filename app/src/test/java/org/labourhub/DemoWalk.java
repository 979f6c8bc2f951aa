package org.labourhub;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Walks the demo as one reader in one language: from a few starting pages, follows every link to another page of
 * LabourHub (GET only), fetches each page once, and hands every page and every download (Word, PDF, spreadsheet,
 * CSV) to the caller. A path with query strings (filters, paging, formats) is followed for at most a few of them, so
 * that the walk covers each screen without trying every combination of filters.
 */
final class DemoWalk {

    /** Paths never followed: machine formats, files, sign-out, and the JSON API. */
    private static final Pattern SKIPPED = Pattern.compile(
            "^/(assets|webjars|api|logout|login|actuator)(/|$)|\\.xml$|^/projects/iati");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final int QUERIES_PER_PATH = 3;
    /** Pages of one territory of a run: the same screen for each of hundreds of territories, so a few are walked. */
    private static final Pattern ONE_OF_MANY = Pattern.compile("^(/riskmaps/runs/\\d+/territories/)[^/]+(.*)$");
    private static final int SAMPLES_OF_MANY = 3;
    private static final int MOST_PAGES = 4_000;

    record Visit(String path, int status, String contentType, byte[] body) {
        boolean isHtml() {
            return contentType.startsWith("text/html");
        }

        String html() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final String base;
    private final String language;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final Set<String> seen = new LinkedHashSet<>();
    private final Map<String, Integer> queriesOfPath = new HashMap<>();

    DemoWalk(int port, String language) {
        this.base = "http://localhost:" + port;
        this.language = language;
    }

    /** Signs in through the form first; the language chosen by {@code ?lang=} then stays in a cookie. */
    DemoWalk signedInAs(String username, String password) throws Exception {
        String login = fetch("/login?lang=" + language).html();
        Matcher token = CSRF.matcher(login);
        if (!token.find()) {
            throw new IllegalStateException("The sign-in page has no CSRF token");
        }
        String form = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(token.group(1));
        var response = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() != 302) {
            throw new IllegalStateException("Sign-in of " + username + " answered " + response.statusCode());
        }
        return this;
    }

    /** Visits everything reachable from the starting paths and returns the visits in the order made. */
    List<Visit> walk(List<String> start, Pattern within) throws Exception {
        fetch("/?lang=" + language);
        var queue = new ArrayDeque<String>();
        start.forEach(path -> enqueue(path, queue, within));
        var visits = new ArrayList<Visit>();
        while (!queue.isEmpty() && visits.size() < MOST_PAGES) {
            Visit visit = fetch(queue.poll());
            visits.add(visit);
            if (visit.isHtml() && visit.status() == 200) {
                Document page = Jsoup.parse(visit.html(), base + visit.path());
                page.select("a[href]").forEach(a -> enqueue(a.attr("abs:href"), queue, within));
            }
        }
        return visits;
    }

    List<String> pagesSeen() {
        return List.copyOf(seen);
    }

    private void enqueue(String link, ArrayDeque<String> queue, Pattern within) {
        if (link.startsWith(base)) {
            link = link.substring(base.length());
        }
        if (!link.startsWith("/") || link.startsWith("//")) {
            return;
        }
        int hash = link.indexOf('#');
        String target = withoutLanguage(hash < 0 ? link : link.substring(0, hash));
        int question = target.indexOf('?');
        String path = question < 0 ? target : target.substring(0, question);
        if (SKIPPED.matcher(path).find() || !within.matcher(path).find() || seen.contains(target)) {
            return;
        }
        var many = ONE_OF_MANY.matcher(path);
        if (many.matches() && !seen.contains(target)) {
            int count = queriesOfPath.merge(many.group(1) + "*" + many.group(2), 1, Integer::sum);
            if (count > SAMPLES_OF_MANY) {
                return;
            }
        }
        if (question >= 0 && !target.contains("format=")) {
            int count = queriesOfPath.merge(path, 1, Integer::sum);
            if (count > QUERIES_PER_PATH) {
                return;
            }
        }
        seen.add(target);
        queue.add(target);
    }

    private Visit fetch(String path) throws Exception {
        var response = http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120))
                .header("Accept", "text/html,*/*").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Visit(path, response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.body());
    }

    private static String withoutLanguage(String link) {
        String cleaned = link.replaceAll("([?&])lang=[a-z]{2}(&|$)", "$1").replaceAll("[?&]$", "");
        return cleaned.replace("?&", "?");
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
