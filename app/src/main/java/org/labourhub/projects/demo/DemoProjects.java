package org.labourhub.projects.demo;

import org.labourhub.platform.DemoMode;
import org.labourhub.projects.Incoming;
import org.labourhub.projects.ProjectStore;
import org.labourhub.projects.ProjectsJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * On the first start in demo mode, fills the empty registry with the projects the seeds name
 * ({@code demo/projects/projects.json}, described in its README), each with its provenance record: the register
 * the seed presents it from, its key, and the whole record as raw values. Runs after the directory's demo data,
 * whose organisation keys it maps to directory ids.
 */
@Component
@Order(30)
class DemoProjects implements ApplicationRunner {

    static final String FILE = "demo/projects/projects.json";
    private static final Logger log = LoggerFactory.getLogger(DemoProjects.class);

    private final DemoMode demo;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final ProjectStore store;
    private final DemoProjectRecord records;

    DemoProjects(DemoMode demo, JdbcTemplate jdbc, TransactionTemplate transaction, ProjectStore store,
                 DemoProjectRecord records) {
        this.demo = demo;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.store = store;
        this.records = records;
    }

    @Override
    public void run(ApplicationArguments args) {
        Long projects = jdbc.queryForObject("select count(*) from projects.project", Long.class);
        if (!demo.isOn() || projects == null || projects > 0) {
            return;
        }
        long start = System.nanoTime();
        JsonNode all = read();
        List<Incoming> incoming = new ArrayList<>();
        List<String> facts = new ArrayList<>();
        for (JsonNode record : all) {
            incoming.add(records.incoming(record));
            facts.add(record.has("facts") && !record.get("facts").isNull() ? record.get("facts").toString() : null);
        }
        transaction.executeWithoutResult(status -> {
            List<Long> ids = store.save(incoming);
            List<Object[]> rows = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                rows.add(new Object[]{facts.get(i), ids.get(i)});
            }
            jdbc.batchUpdate("update projects.project set facts = cast(? as jsonb) where id = ?", rows);
        });
        log.info("Demo projects loaded from {}: {} projects in {} ms", FILE, incoming.size(), (System.nanoTime() - start) / 1_000_000);
    }

    private static JsonNode read() {
        try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
            return ProjectsJson.JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + FILE, e);
        }
    }
}
