package org.labourhub.riskmaps.demo;

import org.labourhub.platform.DemoMode;
import org.labourhub.riskmaps.boundaries.BoundaryImport;
import org.labourhub.riskmaps.boundaries.NewBoundarySet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Comparator;

/**
 * On the first start in demo mode (no boundary set yet), loads the first-level administrative units of the 33
 * countries of Latin America and the Caribbean from {@code demo/riskmaps/boundaries/} (one TopoJSON file per
 * country, derived from Natural Earth; see the README there), one set per country, through the same reading and
 * simplification as an upload, in one transaction. Runs after the other modules' demo data (order 50) and before
 * the risk maps' demo runs, which draw on these territories.
 */
@Component
@Order(50)
class DemoBoundaries implements ApplicationRunner {

    static final String FOLDER = "demo/riskmaps/boundaries/";
    static final String NAME = "Natural Earth admin-1";
    static final String SOURCE = "Natural Earth, Admin 1 – States, Provinces (1:10m), public domain; "
            + "ISO 3166-2 codes; simplified by LabourHub";
    private static final String UPLOADER = "secretariat";
    private static final Logger log = LoggerFactory.getLogger(DemoBoundaries.class);

    private final DemoMode demo;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final BoundaryImport imports;

    DemoBoundaries(DemoMode demo, JdbcClient jdbc, TransactionTemplate transaction, BoundaryImport imports) {
        this.demo = demo;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.imports = imports;
    }

    @Override
    public void run(ApplicationArguments args) {
        long sets = jdbc.sql("select count(*) from riskmaps.boundary_set").query(Long.class).single();
        if (!demo.isOn() || sets > 0) {
            return;
        }
        long start = System.nanoTime();
        Resource[] files = files();
        transaction.executeWithoutResult(status -> {
            for (Resource file : files) {
                load(file);
            }
        });
        log.info("{} demo boundary sets loaded from {} in {} ms", files.length, FOLDER,
                (System.nanoTime() - start) / 1_000_000);
    }

    private void load(Resource resource) {
        String fileName = resource.getFilename();
        String country = fileName.substring(0, 2);
        try {
            Path copy = Files.createTempFile("labourhub-boundaries-", ".json");
            try (InputStream in = resource.getInputStream()) {
                Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
                var outcome = imports.load(copy, fileName, new NewBoundarySet(country, NAME, "code", "name", SOURCE),
                        UPLOADER);
                if (outcome instanceof BoundaryImport.Refused refused) {
                    log.warn("The demo boundaries {} were refused: {}", fileName, refused.problems());
                }
            } finally {
                Files.deleteIfExists(copy);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the demo boundaries " + fileName, e);
        }
    }

    private static Resource[] files() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:" + FOLDER + "*.topo.json");
            Arrays.sort(files, Comparator.comparing(Resource::getFilename));
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list " + FOLDER, e);
        }
    }
}
