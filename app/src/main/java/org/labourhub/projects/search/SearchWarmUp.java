package org.labourhub.projects.search;

import org.labourhub.platform.i18n.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Before a node with a large registry reports ready, it warms its search: it reads the listed projects and asks its
 * own API, over loopback, the kinds of searches readers make (the whole list and its pages, each country, theme and
 * status, words in the four languages with and without a facet). A freshly started JVM runs its first tens of
 * thousands of requests interpreted or half compiled, each several times slower than later (measured on two cores:
 * 1.2 ms of CPU per request in the first 10 s, 0.2 ms once compiled); under 64 readers that is a minute of slow
 * answers after every restart. Runs last among the start-up tasks, so readiness (/actuator/health/readiness) is
 * reported after it; the server answers meanwhile, only more slowly. Small registries (tests, the demo) skip it.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class SearchWarmUp implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SearchWarmUp.class);
    private static final List<String> WORDS = List.of("trabajo", "empleo", "employment", "labour", "travail", "emploi",
            "trabalho", "emprego", "inspeccion", "social");

    /**
     * @param fromProjects warm up only with at least this many listed projects
     * @param requests     how many searches to ask at most
     * @param atMost       how long to warm up at most
     */
    @ConfigurationProperties("labourhub.search.warm-up")
    record Settings(@DefaultValue("10000") int fromProjects, @DefaultValue("20000") int requests,
                    @DefaultValue("60s") Duration atMost) {
        Settings {
            if (fromProjects < 0 || requests < 0 || atMost.isNegative()) {
                throw new IllegalArgumentException("labourhub.search.warm-up: from-projects, requests and at-most must not be negative");
            }
        }
    }

    private final Settings settings;
    private final Listing listing;
    private final ProjectSearch search;
    private final ApplicationContext context;

    SearchWarmUp(Settings settings, Listing listing, ProjectSearch search, ApplicationContext context) {
        this.settings = settings;
        this.listing = listing;
        this.search = search;
        this.context = context;
    }

    /** How a warm-up went. */
    record WarmedUp(int searches, int failed, long millis, long compilingMillis) {
    }

    @Override
    public void run(ApplicationArguments args) throws InterruptedException {
        if (context instanceof WebServerApplicationContext web && listing.projects().size() >= settings.fromProjects()) {
            var done = warmUp(web.getWebServer().getPort());
            log.info("Search warmed up before reporting ready: {} searches ({} failed) in {} ms, {} ms of JIT compilation",
                    done.searches(), done.failed(), done.millis(), done.compilingMillis());
        }
    }

    /** Asks the API on this port the searches in turn, from as many readers as there are cores, within the limits. */
    WarmedUp warmUp(int port) throws InterruptedException {
        long start = System.nanoTime();
        long compiling = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
        List<String> searches = searches();
        String base = "http://127.0.0.1:" + port + "/api/projects?";
        long until = start + settings.atMost().toNanos();
        var next = new AtomicInteger();
        var asked = new AtomicInteger();
        var failed = new AtomicInteger();
        int count = Math.max(2, Runtime.getRuntime().availableProcessors());
        ExecutorService readers = Executors.newFixedThreadPool(count);
        ExecutorService connections = Executors.newFixedThreadPool(count);
        HttpClient http = HttpClient.newBuilder().executor(connections).build();
        for (int r = 0; r < count; r++) {
            readers.execute(() -> {
                for (int i = next.getAndIncrement(); i < settings.requests() && System.nanoTime() < until; i = next.getAndIncrement()) {
                    if (!ask(http, base + searches.get(i % searches.size()), Language.values()[i % Language.values().length])) {
                        failed.incrementAndGet();
                    }
                    asked.incrementAndGet();
                }
            });
        }
        readers.shutdown();
        readers.awaitTermination(settings.atMost().toSeconds() + 30, TimeUnit.SECONDS);
        connections.shutdown();
        return new WarmedUp(asked.get(), failed.get(), (System.nanoTime() - start) / 1_000_000,
                ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - compiling);
    }

    private static boolean ask(HttpClient http, String url, Language language) {
        try {
            var request = HttpRequest.newBuilder(URI.create(url)).header("Accept-Language", language.code())
                    .timeout(Duration.ofSeconds(30)).build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (Exception e) {
            return false;
        }
    }

    /**
     * The searches asked, in turn: pages of the whole list, of each value of each facet, and words alone and with one
     * of a few countries (so that words are matched afresh, not all served as kept).
     */
    private List<String> searches() {
        List<Facet> facets = search.find(ProjectQuery.all(), Language.EN).facets();
        List<String> searches = new ArrayList<>();
        for (Facet facet : facets) {
            for (Facet.Value value : facet.values()) {
                for (int page = 0; page < 5; page++) {
                    searches.add(facet.name() + "=" + encode(value.value()) + "&page=" + page);
                }
            }
        }
        for (String word : WORDS) {
            searches.add("q=" + encode(word));
            facets.stream().filter(f -> f.name().equals("country")).flatMap(f -> f.values().stream()).limit(3)
                    .forEach(country -> searches.add("q=" + encode(word) + "&country=" + encode(country.value())));
        }
        for (int page = 0; page < 20; page++) {
            searches.add("page=" + page);
        }
        return searches;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
