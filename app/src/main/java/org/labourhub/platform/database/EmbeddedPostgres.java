package org.labourhub.platform.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL server of our own, kept in a data folder that survives restarts. It starts after a killed run
 * (stale lock files or a server left running) and moves to a free port when the preferred one is taken. The data
 * folder is locked for as long as the server runs, so a second LabourHub on it is refused instead of stopping this
 * server; a watchdog starts the server again if it dies.
 */
public final class EmbeddedPostgres implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgres.class);
    public static final String DATABASE = "labourhub";
    public static final String USER = "postgres";

    private static final Map<Path, EmbeddedPostgres> RUNNING = new HashMap<>();

    private final Path home;
    private final DataFolderLock lock;
    private final Path binaries;
    private final Path data;
    private final String password;
    private final int port;
    private int users;
    private Watchdog watchdog;
    private ProcessHandle postmaster;

    private EmbeddedPostgres(Path home, DataFolderLock lock, Path binaries, String password, int port) {
        this.home = home;
        this.lock = lock;
        this.binaries = binaries;
        this.data = home.resolve("postgres-data");
        this.password = password;
        this.port = port;
    }

    /**
     * The server whose data lives under {@code home}, started (and created on first use) unless this JVM already
     * runs it; each caller closes it once, and the last close stops it. Refused with {@link DataFolderInUse} when
     * another process runs LabourHub on the same folder.
     */
    public static synchronized EmbeddedPostgres shared(Path home, int preferredPort, boolean recreateDatabase) {
        Path key = realFolder(home);
        EmbeddedPostgres server = RUNNING.get(key);
        if (server == null) {
            server = start(key, preferredPort, recreateDatabase);
            RUNNING.put(key, server);
        }
        server.users++;
        return server;
    }

    private static Path realFolder(Path home) {
        try {
            return Files.createDirectories(home).toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create the data folder " + home, e);
        }
    }

    /** Locks the folder first: until this process holds it, nothing in it is read, written or stopped. */
    private static EmbeddedPostgres start(Path home, int preferredPort, boolean recreateDatabase) {
        DataFolderLock lock = DataFolderLock.take(home);
        try {
            Path binaries = PostgresBinaries.unpackInto(home.resolve("binaries"));
            String password = passwordIn(home.resolve("postgres-password"));
            var server = new EmbeddedPostgres(home, lock, binaries, password, freePort(preferredPort));
            server.initialiseIfNew();
            server.stopLeftover();
            server.launch();
            server.createDatabase(recreateDatabase);
            server.watchdog = new Watchdog(server::reviveIfStopped);
            return server;
        } catch (IOException e) {
            lock.close();
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + home, e);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
    }

    public int port() {
        return port;
    }

    public String password() {
        return password;
    }

    @Override
    public void close() {
        synchronized (EmbeddedPostgres.class) {
            if (--users > 0) {
                return;
            }
            RUNNING.remove(home);
        }
        watchdog.close();
        synchronized (this) {
            run(List.of(program("pg_ctl"), "-D", data.toString(), "-m", "fast", "-w", "stop"), false);
            lock.close();
        }
        log.info("Embedded PostgreSQL stopped");
    }

    /**
     * The watchdog's check: if the server process is gone (killed, crashed, stopped by hand), start it again on the
     * same folder and port; the connection pool reconnects by itself. A failed start is tried again at the next
     * check (e.g. while the dead server's last processes still hold its shared memory).
     */
    synchronized void reviveIfStopped() {
        if (postmaster != null && isRunning(postmaster)) {
            return;
        }
        log.warn("The embedded PostgreSQL (process {}) has stopped; starting it again on port {}",
                postmaster == null ? "unknown" : postmaster.pid(), port);
        long start = System.nanoTime();
        try {
            stopLeftover();
            launch();
            log.warn("The embedded PostgreSQL runs again after {} ms", (System.nanoTime() - start) / 1_000_000);
        } catch (IOException | RuntimeException e) {
            postmaster = null;
            log.error("Could not start the embedded PostgreSQL again; trying again shortly: {}", e.getMessage());
        }
    }

    /** Alive and not a zombie (a killed server stays one until its parent reaps it, and zombies count as alive). */
    private static boolean isRunning(ProcessHandle process) {
        if (!process.isAlive()) {
            return false;
        }
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
            return !stat.substring(stat.lastIndexOf(')') + 1).strip().startsWith("Z");
        } catch (IOException gone) {
            return false;
        }
    }

    private void initialiseIfNew() throws IOException {
        if (Files.exists(data.resolve("PG_VERSION"))) {
            return;
        }
        log.info("Creating a new PostgreSQL data folder in {} (first start only)", data);
        PostgresBinaries.deleteTree(data); // a half-made folder from an interrupted first start
        Path passwordFile = Files.createTempFile(home, "pw", ".txt");
        try {
            Files.writeString(passwordFile, password);
            run(List.of(program("initdb"), "-D", data.toString(), "-U", USER, "--pwfile=" + passwordFile,
                    "-A", "scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8", "--no-instructions"), true);
        } finally {
            Files.deleteIfExists(passwordFile);
        }
        Files.writeString(data.resolve("postgresql.conf"), """

                # LabourHub embedded server
                listen_addresses = '127.0.0.1'
                unix_socket_directories = ''
                shared_buffers = 128MB
                max_connections = 100
                """, java.nio.file.StandardOpenOption.APPEND);
        log.info("Created a new PostgreSQL data folder in {}", data);
    }

    private static Optional<ProcessHandle> postmasterOf(Path pidFile) throws IOException {
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        return Files.readAllLines(pidFile).stream().findFirst()
                .map(String::strip).filter(s -> s.matches("\\d+"))
                .flatMap(pid -> ProcessHandle.of(Long.parseLong(pid)));
    }

    /**
     * A previous run that was killed (this process holds the folder's lock, so it is not running) leaves either a
     * running server or a stale postmaster.pid behind; so does a server of ours that died.
     */
    private void stopLeftover() throws IOException {
        Path pidFile = data.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<ProcessHandle> owner = postmasterOf(pidFile)
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
        if (owner.isPresent()) {
            log.warn("A PostgreSQL server from a previous run is still running on {}; stopping it", data);
            run(List.of(program("pg_ctl"), "-D", data.toString(), "-m", "fast", "-w", "stop"), false);
        }
        if (Files.deleteIfExists(pidFile)) {
            log.warn("Removed the stale lock file {}", pidFile);
        }
    }

    /**
     * Starts the server. A checkpoint only every 2 GB of WAL (the default is 1 GB, which a large import reaches half-way):
     * after each checkpoint the first change to every page writes the whole page to the WAL, which cost an import of
     * 100,000 IATI activities about a quarter more server CPU (bench/projects/README.md). Given at each start, so that
     * existing data folders get it too; recovery after a crash replays at most that much WAL.
     */
    private void launch() throws IOException {
        run(List.of(program("pg_ctl"), "-D", data.toString(), "-l", home.resolve("postgres.log").toString(),
                "-w", "-t", "120", "-o", "-p " + port + " -c max_wal_size=2GB", "start"), true);
        postmaster = postmasterOf(data.resolve("postmaster.pid")).orElse(null);
        log.info("Embedded PostgreSQL listening on 127.0.0.1:{} with data in {}", port, data);
    }

    private void createDatabase(boolean recreate) {
        String admin = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
        try (var connection = DriverManager.getConnection(admin, USER, password);
             var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            if (recreate) {
                connection.createStatement().execute("drop database if exists " + DATABASE + " with (force)");
            }
            exists.setString(1, DATABASE);
            if (!exists.executeQuery().next()) {
                connection.createStatement().execute("create database " + DATABASE + " encoding 'UTF8'");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the database " + DATABASE + " on the embedded server: "
                    + e.getMessage(), e);
        }
    }

    private String program(String name) {
        return binaries.resolve("bin").resolve(name).toString();
    }

    /**
     * PostgreSQL refuses to run as root. Under root we run it in a user namespace where it is an ordinary user
     * that still owns the data folder.
     */
    private static List<String> asServerUser(List<String> command) {
        if (!"root".equals(System.getProperty("user.name"))) {
            return command;
        }
        List<String> wrapped = new ArrayList<>(List.of("unshare", "--user", "--map-user=1", "--map-group=1"));
        wrapped.addAll(command);
        return wrapped;
    }

    private void run(List<String> command, boolean mustSucceed) {
        try {
            Path output = Files.createTempFile(home, "pg-", ".out");
            try {
                Process process = new ProcessBuilder(asServerUser(command))
                        .redirectErrorStream(true).redirectOutput(output.toFile()).start();
                if (!process.waitFor(180, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new IllegalStateException("PostgreSQL command timed out: " + command);
                }
                if (process.exitValue() != 0 && mustSucceed) {
                    throw new IllegalStateException("PostgreSQL command failed (" + String.join(" ", command)
                            + "):\n" + Files.readString(output, StandardCharsets.UTF_8)
                            + "\nSee also " + home.resolve("postgres.log"));
                }
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not run " + command.get(0), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + command.get(0), e);
        }
    }

    private static String passwordIn(Path file) throws IOException {
        if (Files.exists(file)) {
            return Files.readString(file).strip();
        }
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String password = HexFormat.of().formatHex(random);
        Files.writeString(file, password);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return password;
    }

    private static int freePort(int preferred) throws IOException {
        if (preferred <= 0) {
            try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                return socket.getLocalPort();
            }
        }
        try (var socket = new ServerSocket(preferred, 1, InetAddress.getLoopbackAddress())) {
            return preferred;
        } catch (IOException taken) {
            try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                log.info("Port {} is taken; the embedded PostgreSQL uses port {}", preferred, socket.getLocalPort());
                return socket.getLocalPort();
            }
        }
    }
}
