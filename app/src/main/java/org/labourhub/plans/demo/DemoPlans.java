package org.labourhub.plans.demo;

import org.labourhub.directory.Directory;
import org.labourhub.platform.DemoMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;

/**
 * On the first start in demo mode, after the directory's demo data, loads the seeds' plans (one JSON file per plan
 * in {@code demo/plans/}, format in its README) into empty plan tables, in one transaction with batch inserts.
 */
@Component
@Order(20)
class DemoPlans implements ApplicationRunner {

    static final String FOLDER = "demo/plans/";
    private static final Logger log = LoggerFactory.getLogger(DemoPlans.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DemoMode demo;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Directory directory;

    DemoPlans(DemoMode demo, JdbcTemplate jdbc, TransactionTemplate transaction, Directory directory) {
        this.demo = demo;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.directory = directory;
    }

    @Override
    public void run(ApplicationArguments args) {
        Long plans = jdbc.queryForObject("select count(*) from plans.plan", Long.class);
        if (!demo.isOn() || plans == null || plans > 0) {
            return;
        }
        long start = System.nanoTime();
        Resource[] files = files();
        transaction.executeWithoutResult(status -> {
            var load = new DemoPlanLoad(jdbc, directory);
            for (Resource file : files) {
                load.plan(file.getFilename(), read(file));
            }
        });
        log.info("{} demo plans loaded from {} in {} ms", files.length, FOLDER, (System.nanoTime() - start) / 1_000_000);
    }

    private static Resource[] files() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:" + FOLDER + "*.json");
            Arrays.sort(files, Comparator.comparing(Resource::getFilename));
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list " + FOLDER, e);
        }
    }

    private static JsonNode read(Resource file) {
        try (InputStream in = file.getInputStream()) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the demo plan " + file.getFilename(), e);
        }
    }
}
