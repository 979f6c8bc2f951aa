package org.labourhub.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Pages as anonymous readers see them, kept while the database has not changed. Every anonymous reader gets the
 * same page for the same address, language and kind of request, so rendering it once serves them all. A kept page
 * is served only if the database's current snapshot (which changes with every committed or begun write, from any
 * app node, import or job) is the one it was rendered under, so a reader never sees a page older than the data;
 * and never longer than {@code maxAge}, for pages that depend on the date. Signed-in accounts, writes, errors,
 * pages that carry a CSRF token (the sign-in form) and anything that sets a cookie other than the language are
 * never kept. While the database cannot be reached,
 * nothing is served from here.
 */
public final class PublicPageCache extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(PublicPageCache.class);
    private static final Set<String> REPLAYED_HEADERS = Set.of("content-type", "content-language", "vary",
            "cache-control", "content-disposition", "set-cookie");

    /** {@code labourhub.page-cache.*}: how many pages, how large in all, how old at most; 0 pages turns it off. */
    @ConfigurationProperties("labourhub.page-cache")
    public record Settings(int pages, long megabytes, Duration maxAge) {
        public Settings {
            maxAge = maxAge == null ? Duration.ofMinutes(1) : maxAge;
        }
    }

    private final JdbcClient jdbc;
    private final Settings settings;
    private final String languageCookie;
    private final Map<String, Page> pages;
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicLong hits = new AtomicLong();

    public PublicPageCache(JdbcClient jdbc, Settings settings, String languageCookie) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.languageCookie = languageCookie;
        this.pages = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Page> eldest) {
                boolean full = size() > settings.pages() || bytes.get() > settings.megabytes() * 1024 * 1024;
                if (full) {
                    bytes.addAndGet(-eldest.getValue().body().length);
                }
                return full;
            }
        });
    }

    /** One kept page: what the database looked like, when, and the response. */
    private record Page(String snapshot, long renderedAt, int status, List<String[]> headers, byte[] body) {
    }

    long hits() {
        return hits.get();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return settings.pages() <= 0 || !"GET".equals(request.getMethod()) || request.getRequestURI().startsWith("/assets/")
                || request.getRequestURI().startsWith("/webjars/") || request.getRequestURI().startsWith("/actuator/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!isAnonymous()) {
            chain.doFilter(request, response);
            return;
        }
        String snapshot = snapshot();
        if (snapshot == null) {
            chain.doFilter(request, response);
            return;
        }
        String key = key(request);
        Page kept = pages.get(key);
        if (kept != null && kept.snapshot().equals(snapshot)
                && System.nanoTime() - kept.renderedAt() < settings.maxAge().toNanos()) {
            hits.incrementAndGet();
            replay(kept, response);
            return;
        }
        var token = TrackedCsrfToken.track(request);
        Set<String> before = new HashSet<>(response.getHeaderNames());
        var recording = new CopiedResponse(response, (int) Math.min(settings.megabytes() * 1024 * 1024 / 16, 4 << 20));
        chain.doFilter(request, recording);
        Page page = token.used() ? null : keepable(recording, before, snapshot);
        if (page != null) {
            Page replaced = pages.put(key, page);
            bytes.addAndGet(page.body().length - (replaced == null ? 0 : replaced.body().length));
        }
    }

    private Page keepable(CopiedResponse response, Set<String> before, String snapshot) throws IOException {
        byte[] body = response.body();
        if (response.getStatus() != 200 || body == null) {
            return null;
        }
        var headers = new ArrayList<String[]>();
        for (String name : response.getHeaderNames()) {
            boolean cookie = name.equalsIgnoreCase("set-cookie");
            if (cookie) {
                for (String value : response.getHeaders(name)) {
                    if (!value.startsWith(languageCookie + "=")) {
                        return null;
                    }
                }
            }
            if ((cookie || !before.contains(name)) && REPLAYED_HEADERS.contains(name.toLowerCase())) {
                response.getHeaders(name).forEach(value -> headers.add(new String[]{name, value}));
            }
        }
        if (response.getContentType() == null) {
            return null;
        }
        headers.add(new String[]{"Content-Type", response.getContentType()});
        return new Page(snapshot, System.nanoTime(), 200, headers, body);
    }

    private static void replay(Page page, HttpServletResponse response) throws IOException {
        response.setStatus(page.status());
        for (String[] header : page.headers()) {
            if (header[0].equalsIgnoreCase("content-type")) {
                response.setContentType(header[1]);
            } else {
                response.addHeader(header[0], header[1]);
            }
        }
        response.setContentLength(page.body().length);
        response.getOutputStream().write(page.body());
    }

    /** Everything a page for an anonymous reader may depend on. */
    private String key(HttpServletRequest request) {
        String languageChosen = null;
        if (request.getCookies() != null) {
            for (var cookie : request.getCookies()) {
                if (cookie.getName().equals(languageCookie)) {
                    languageChosen = cookie.getValue();
                }
            }
        }
        var parameters = new StringBuilder();
        new TreeMap<>(request.getParameterMap()).forEach((name, values) ->
                parameters.append(name).append('=').append(String.join("\u0000", values)).append('&'));
        return String.join("\n", request.getScheme(), request.getServerName(), request.getRequestURI(),
                parameters, String.valueOf(languageChosen),
                String.valueOf(request.getHeader("Accept-Language")), String.valueOf(request.getHeader("Accept")),
                String.valueOf(Htmx.wantsFragment(request)), String.valueOf(request.getHeader("HX-Target")),
                String.valueOf(request.getHeader("HX-Trigger")));
    }

    private static boolean isAnonymous() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth instanceof AnonymousAuthenticationToken;
    }

    /** The database's current snapshot, or null when it cannot be asked (then nothing is kept or served). */
    private String snapshot() {
        try {
            return jdbc.sql("select pg_current_snapshot()::text").query(String.class).single();
        } catch (RuntimeException unreachable) {
            log.debug("Page cache bypassed: {}", unreachable.getMessage());
            return null;
        }
    }
}
