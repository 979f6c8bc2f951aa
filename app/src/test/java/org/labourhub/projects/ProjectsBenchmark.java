package org.labourhub.projects;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.labourhub.IntegrationTest;
import org.labourhub.projects.duplicates.DuplicateCandidates;
import org.labourhub.projects.importing.ImportReport;
import org.labourhub.projects.importing.Statistics;
import org.labourhub.projects.importing.iati.EveryElementFile;
import org.labourhub.projects.importing.iati.IatiActivityReader;
import org.labourhub.projects.importing.iati.IatiDownload;
import org.labourhub.projects.importing.iati.IatiImport;
import org.labourhub.projects.importing.iati.IatiSamples;
import org.labourhub.projects.search.ProjectSearch;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The figures of bench/projects: import of a generated IATI file against a parse-only pass over the same file, then
 * search latency under concurrent clients on loopback. Runs only with -Dbench=true (see bench/projects/run.sh).
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "bench", matches = "true")
class ProjectsBenchmark {

    private static final String[] WORDS = {"inspeccion", "child labour", "travail enfants", "migração", "agricultura",
            "trabajo infantl", "seguridad salud", "employment services", "dialogue social", "proyecto 4242"};
    private static final String[] COUNTRIES = {"GT", "HN", "PE", "BR", "AR", "MX", "CO", "CL", "SV", "NI"};

    @Autowired IatiImport importer;
    @Autowired ProjectSearch search;
    @Autowired JdbcTemplate jdbc;
    @Autowired DuplicateCandidates duplicates;
    @Autowired ProjectReader reader;
    @LocalServerPort int port;

    @Test
    void importThenSearch() throws Exception {
        int activities = Integer.getInteger("bench.activities", 100_000);
        Path file = generate(activities, "XM-BENCH-");
        System.out.printf("BENCH file: %d activities, %.1f MB%n", activities, Files.size(file) / 1e6);
        passes("first passes in this JVM", file, activities);
        if (Boolean.getBoolean("bench.reimport")) {
            long start = System.nanoTime();
            ImportReport again = importer.importFile(file, file.getFileName().toString(), "bench", (done, total) -> { });
            System.out.printf("BENCH re-import of the same file (every project already there, unchanged): %.2f s, %d imported%n",
                    (System.nanoTime() - start) / 1e9, again.imported());
        }
        int steady = Integer.getInteger("bench.steady", activities / 2);
        if (steady > 0) {
            Path second = generate(steady, "XM-STEADY-");
            passes("steady state (the same code again, over a second file)", second, steady);
            jdbc.update("delete from projects.project where iati_identifier like 'XM-STEADY-%'"); // search runs over the first file's
            Statistics.refreshAfter(jdbc, steady);
        }
        int rich = Integer.getInteger("bench.rich", 3000);
        if (rich > 0) {
            Path richFile = generateRich(rich);
            System.out.printf("BENCH rich file: %d activities using every element of the 2.03 schema, %.1f MB%n", rich,
                    Files.size(richFile) / 1e6);
            passes("every element of the schema (the largest real-world-shaped file the tests generate)", richFile, rich);
            exportRich(rich);
            jdbc.update("delete from projects.project where iati_identifier like 'XM-DAC-41302-LH-%'");
            Statistics.refreshAfter(jdbc, rich);
        }
        search.forget(); // as the import job does once its import is done
        long start = System.nanoTime();
        int pairs = duplicates.top(50, org.labourhub.platform.i18n.Language.ES).size();
        System.out.printf("BENCH duplicate candidates over every published project: %.2f s (%d pairs shown)%n",
                (System.nanoTime() - start) / 1e9, pairs);
        start = System.nanoTime();
        duplicates.top(50, org.labourhub.platform.i18n.Language.EN);
        System.out.printf("BENCH duplicate candidates again, the registry unchanged (pairs kept): %.3f s%n",
                (System.nanoTime() - start) / 1e9);
        int clients = Integer.getInteger("bench.clients", 64);
        Duration length = Duration.ofSeconds(Integer.getInteger("bench.seconds", 30));
        search("repeated mix (recent results kept)", clients, length, (client, i) -> (i + client) % 3 == 0
                ? "country=" + COUNTRIES[(i + client) % COUNTRIES.length]
                : "q=" + URLEncoder.encode(WORDS[(i * 7 + client) % WORDS.length], StandardCharsets.UTF_8));
        search("every query distinct (nothing kept)", clients, length, (client, i) -> i % 2 == 0
                ? "q=" + URLEncoder.encode("proyecto " + (client * 100_003 + i * 7919) % activities, StandardCharsets.UTF_8)
                : "country=" + COUNTRIES[(i + client) % COUNTRIES.length] + "&page=" + (client * 31 + i) % 200);
    }

    /**
     * A parse-only pass over the file, then its import, in the same JVM: times, activities per second, their ratio,
     * the load average, the JVM's CPU by thread group, the database server's CPU and the WAL written.
     */
    private void passes(String label, Path file, int activities) throws Exception {
        String loadBefore = loadAverage();
        long cpu = jvmCpu();
        var threads = threadCpu();
        long parse = parseOnly(file);
        long parseCpu = jvmCpu() - cpu;
        String parseThreads = since(threads);
        String loadBetween = loadAverage();
        long start = System.nanoTime();
        cpu = jvmCpu();
        threads = threadCpu();
        long databaseCpu = databaseCpu();
        long walBefore = jdbc.queryForObject("select pg_current_wal_lsn() - '0/0'::pg_lsn", Long.class);
        ImportReport report = importer.importFile(file, file.getFileName().toString(), "bench", (done, total) -> { });
        long imported = System.nanoTime() - start;
        long importCpu = jvmCpu() - cpu;
        String importThreads = since(threads);
        databaseCpu = databaseCpu() - databaseCpu;
        long wal = jdbc.queryForObject("select pg_current_wal_lsn() - '0/0'::pg_lsn", Long.class) - walBefore;
        System.out.printf("BENCH %s, %d activities%n", label, activities);
        System.out.printf("BENCH   load average (1, 5, 15 min): before parse-only %s, before import %s, after import %s%n",
                loadBefore, loadBetween, loadAverage());
        System.out.printf("BENCH   parse-only: %.2f s (%.0f activities/s), JVM CPU %.2f s (%s)%n", parse / 1e9,
                activities / (parse / 1e9), parseCpu / 1e9, parseThreads);
        System.out.printf("BENCH   import: %.2f s (%.0f activities/s), JVM CPU %.2f s (%s), %d imported, %d refused; "
                + "ratio import/parse = %.2f%n", imported / 1e9, activities / (imported / 1e9), importCpu / 1e9, importThreads,
                report.imported(), report.refused(), (double) imported / parse);
        System.out.printf("BENCH   import: database server CPU %.2f s (every process of the server that lived through the import), "
                + "%.0f MB of WAL%n", databaseCpu / 1e9, wal / 1e6);
    }

    /** CPU time of the whole JVM (every thread: reading, writing, JIT compilers, garbage collector), in ns. */
    private static long jvmCpu() {
        return ManagementFactory.getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class).getProcessCpuTime();
    }

    /**
     * CPU time of this JVM's threads, in ns, grouped by name with numbers dropped ("GC Thread#", "C2 CompilerThread",
     * "import-writer-"…), from /proc/self/task: empty where there is no /proc.
     */
    private static java.util.Map<String, Long> threadCpu() {
        var cpu = new java.util.TreeMap<String, Long>();
        try (var tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : tasks.toList()) {
                try {
                    String name = Files.readString(task.resolve("comm")).strip().replaceAll("[0-9]+", "");
                    String[] fields = stat(task.resolve("stat"));
                    cpu.merge(name, (Long.parseLong(fields[13]) + Long.parseLong(fields[14])) * 10_000_000L, Long::sum);
                } catch (java.io.IOException ended) {
                    // the thread ended meanwhile
                }
            }
        } catch (java.io.IOException unavailable) {
            return cpu;
        }
        return cpu;
    }

    /** The CPU each group of threads used since {@code before}, in seconds, largest first, groups under 0.05 s left out. */
    private static String since(java.util.Map<String, Long> before) {
        var used = new ArrayList<java.util.Map.Entry<String, Long>>();
        threadCpu().forEach((name, ns) -> used.add(java.util.Map.entry(name, ns - before.getOrDefault(name, 0L))));
        used.sort(java.util.Map.Entry.<String, Long>comparingByValue().reversed());
        var text = new StringBuilder();
        for (var e : used) {
            if (e.getValue() >= 50_000_000L) {
                text.append(text.isEmpty() ? "" : ", ").append(e.getKey()).append(String.format(" %.2f s", e.getValue() / 1e9));
            }
        }
        return text.toString();
    }

    /**
     * CPU time of the embedded database server's processes (postmaster and its children still running), in ns; read
     * from /proc, so it does not depend on the load. -1 where there is no /proc.
     */
    private long databaseCpu() {
        try {
            long postmaster = jdbc.queryForObject("select pg_backend_pid()", Long.class); // a backend; its parent is the server
            long server = Long.parseLong(stat(postmaster)[3]);
            long ticks = 0;
            try (var processes = Files.list(Path.of("/proc"))) {
                for (Path p : processes.filter(p -> p.getFileName().toString().matches("[0-9]+")).toList()) {
                    try {
                        String[] fields = stat(Long.parseLong(p.getFileName().toString()));
                        if (Long.parseLong(fields[0]) == server || Long.parseLong(fields[3]) == server) {
                            ticks += Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
                        }
                    } catch (java.io.IOException ended) {
                        // the process ended meanwhile
                    }
                }
            }
            return ticks * 10_000_000L; // USER_HZ is 100 on Linux
        } catch (Exception unavailable) {
            return -1;
        }
    }

    /** Fields of /proc/<pid>/stat from the pid on (the command name, which may hold spaces, skipped). */
    private static String[] stat(long pid) throws java.io.IOException {
        return stat(Path.of("/proc/" + pid + "/stat"));
    }

    private static String[] stat(Path file) throws java.io.IOException {
        String line = Files.readString(file);
        String pidField = line.substring(0, line.indexOf(' '));
        String[] rest = line.substring(line.lastIndexOf(')') + 2).split(" ");
        String[] fields = new String[rest.length + 2];
        fields[0] = pidField;
        fields[1] = "comm";
        System.arraycopy(rest, 0, fields, 2, rest.length);
        return fields;
    }

    /** The machine's load average, for judging the figures on a shared machine ("?" where there is no /proc). */
    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (Exception unavailable) {
            return "?";
        }
    }

    private static long parseOnly(Path file) throws Exception {
        long start = System.nanoTime();
        long count = 0;
        try (var in = new BufferedInputStream(Files.newInputStream(file), 1 << 16); var reader = new IatiActivityReader(in)) {
            for (var next = reader.next(); next.isPresent(); next = reader.next()) {
                count += next.get().isValid() ? 1 : 0;
            }
        }
        System.out.printf("BENCH parse-only read %d valid activities%n", count);
        return System.nanoTime() - start;
    }

    interface Queries {
        String query(int client, int i);
    }

    private void search(String mix, int clients, Duration length, Queries queries) throws Exception {
        HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(4)).build();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        long until = System.nanoTime() + length.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            int client = c;
            pool.execute(() -> {
                for (int i = 0; System.nanoTime() < until; i++) {
                    String query = queries.query(client, i);
                    long t = System.nanoTime();
                    try {
                        var response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/projects?" + query))
                                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.discarding());
                        if (response.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    latencies.add(System.nanoTime() - t);
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(length.toSeconds() + 60, java.util.concurrent.TimeUnit.SECONDS);
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("BENCH search, " + mix + ": %d clients, %d requests in %d s (%.0f req/s), %d errors; p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n",
                clients, sorted.size(), length.toSeconds(), sorted.size() / (double) length.toSeconds(), errors.get(),
                at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99));
    }

    private static double at(List<Long> sorted, double quantile) {
        return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.floor(quantile * sorted.size()))) / 1e6;
    }

    /** A file of distinct valid activities, varied in title, country and theme. */
    /** A file of {@code activities} activities each using every element and attribute of the schema (see EveryElementFile). */
    private static Path generateRich(int activities) throws Exception {
        Path file = Path.of("target/bench/iati-every-element-" + activities + ".xml");
        if (!Files.exists(file)) {
            Files.createDirectories(file.getParent());
            try (var out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                EveryElementFile.write(out, activities);
            }
        }
        return file;
    }

    /** The export of the rich file's projects, as the list's IATI download writes it: its time and size. */
    private void exportRich(int activities) throws Exception {
        var ids = jdbc.queryForList("select id from projects.project where iati_identifier like 'XM-DAC-41302-LH-%' order by id", Long.class);
        var counted = new CountingOutput();
        long start = System.nanoTime();
        IatiDownload.of("bench", ids, reader).getBody().writeTo(counted);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("BENCH   export of those %d projects (written back from their sources): %.2f s (%.0f activities/s), %.1f MB%n",
                ids.size(), seconds, ids.size() / seconds, counted.count / 1e6);
    }

    /** Counts what is written and drops it. */
    private static final class CountingOutput extends java.io.OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }

    private static Path generate(int activities, String prefix) throws Exception {
        Path file = Path.of("target/bench/iati-" + prefix + activities + ".xml");
        if (Files.exists(file)) {
            return file;
        }
        Files.createDirectories(file.getParent());
        String[] titles = {"Inspección del trabajo y seguridad salud ocupacional", "Erradicación del trabajo infantil en la agricultura",
                "Servicios de empleo y formación profesional", "Migración laboral y derechos de los trabajadores migrantes",
                "Diálogo social tripartito", "Protección social y pequeñas empresas"};
        String[] themes = {"OSH", "CHILD_LABOUR", "EMPLOYMENT_SERVICES", "LABOUR_MIGRATION", "SOCIAL_DIALOGUE", "SOCIAL_PROTECTION"};
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<iati-activities version=\"2.03\">\n");
            for (int i = 0; i < activities; i++) {
                int k = i % titles.length;
                out.write(IatiSamples.activity(prefix + i, titles[k] + " — proyecto " + i, COUNTRIES[i % COUNTRIES.length], "")
                        .replace("code=\"CHILD_LABOUR\"", "code=\"" + themes[k] + "\""));
                out.write('\n');
            }
            out.write("</iati-activities>\n");
        }
        return file;
    }
}
