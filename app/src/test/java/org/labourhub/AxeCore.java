package org.labourhub;

import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Deque's axe-core accessibility engine (MPL-2.0), taken from the npm registry the first time a test needs it and
 * kept in ~/.cache/labourhub; the archive is checked against the registry's published SHA-512 before use. It is a
 * test tool only and never part of LabourHub.
 */
public final class AxeCore {

    /** The rules every page must pass: WCAG 2.1 A and AA, no serious or critical violation. */
    private static final String RUN_AXE = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}, resultTypes: ['violations']})
               .then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                   .map(v => v.id + ' (' + v.impact + '): ' + v.help + ' — ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '))))
               .catch(e => done(['axe failed: ' + e]));
            """;

    private static final String VERSION = "4.14.1";
    private static final String TARBALL = "https://registry.npmjs.org/axe-core/-/axe-core-" + VERSION + ".tgz";
    private static final String INTEGRITY = "FHfa+lmNjQZfJz1q8wKqIDwC6DExcHt/pkjNQb09a3NPjCKg2rhu5qb2S4r76ASyFNNtuFooJpZe37OgudVGtQ==";
    private static final Path CACHE = Path.of(System.getProperty("user.home"), ".cache", "labourhub", "axe-core-" + VERSION + ".tgz");

    private static String script;

    private AxeCore() {
    }

    /** The serious and critical WCAG 2.1 A and AA violations of the page the browser shows, said in words. */
    @SuppressWarnings("unchecked")
    public static List<String> violations(Browser browser) throws Exception {
        browser.script(script());
        return ((List<Object>) browser.asyncScript(RUN_AXE)).stream().map(String::valueOf).toList();
    }

    /** The text of axe.min.js, or the calling test is skipped when it cannot be had (failed under CI). */
    public static synchronized String script() throws Exception {
        if (script == null) {
            byte[] archive = archive();
            try (InputStream gz = new GzipCompressorInputStream(new ByteArrayInputStream(archive));
                 var tar = new TarArchiveInputStream(gz)) {
                for (var entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                    if (entry.getName().equals("package/axe.min.js")) {
                        script = new String(tar.readAllBytes(), StandardCharsets.UTF_8);
                    }
                }
            }
            if (script == null) {
                throw new IllegalStateException("axe-core " + VERSION + " has no package/axe.min.js");
            }
        }
        return script;
    }

    private static byte[] archive() throws Exception {
        if (Files.exists(CACHE) && matches(Files.readAllBytes(CACHE))) {
            return Files.readAllBytes(CACHE);
        }
        byte[] downloaded;
        try {
            downloaded = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20)).followRedirects(HttpClient.Redirect.NORMAL).build()
                    .send(HttpRequest.newBuilder(URI.create(TARBALL)).timeout(Duration.ofSeconds(60)).build(),
                            HttpResponse.BodyHandlers.ofByteArray()).body();
        } catch (IOException unreachable) {
            if (System.getenv("CI") != null) {
                fail("CI is set but axe-core could not be downloaded from " + TARBALL + ": " + unreachable.getMessage());
            }
            assumeTrue(false, "Accessibility test skipped: axe-core could not be downloaded from the npm registry");
            throw unreachable;
        }
        if (!matches(downloaded)) {
            throw new IllegalStateException(TARBALL + " does not match its published SHA-512");
        }
        Files.createDirectories(CACHE.getParent());
        Files.write(CACHE, downloaded);
        return downloaded;
    }

    private static boolean matches(byte[] archive) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-512").digest(archive);
        return Base64.getEncoder().encodeToString(digest).equals(INTEGRITY);
    }
}
