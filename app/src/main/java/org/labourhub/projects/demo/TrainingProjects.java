package org.labourhub.projects.demo;

import org.springframework.context.ApplicationEventPublisher;
import org.labourhub.directory.Directory;
import org.labourhub.platform.training.TrainingData;
import org.labourhub.projects.ProjectStore;
import org.labourhub.projects.ProjectsChanged;
import org.labourhub.projects.ProjectsJson;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The projects module's share of the fictional training data: the fictional portfolio ({@link TrainingPortfolio}),
 * marked {@code training} in {@code projects.project}, and the exchange rates that convert its currencies, marked
 * in {@code projects.exchange_rate} (a rate the secretariat already keeps is left as it is, and one it changes
 * stops being fictional).
 */
@Component
class TrainingProjects implements TrainingData {

    static final String FOLDER = "demo/training/";
    private static final String FICTIONAL = "select id from projects.project where training";

    private final JdbcTemplate jdbc;
    private final ProjectStore store;
    private final Directory directory;
    private final ApplicationEventPublisher events;

    TrainingProjects(JdbcTemplate jdbc, ProjectStore store, Directory directory, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.store = store;
        this.directory = directory;
        this.events = events;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Map<String, Long> counts() {
        var counts = new LinkedHashMap<String, Long>();
        counts.put("projects.training.projects", count("select count(*) from projects.project where training"));
        counts.put("projects.training.budgets", count("select count(*) from projects.budget where project_id in (" + FICTIONAL + ")"));
        counts.put("projects.training.transactions", count("select count(*) from projects.transaction where project_id in (" + FICTIONAL + ")"));
        counts.put("projects.training.rates", count("select count(*) from projects.exchange_rate where training"));
        return counts;
    }

    @Override
    public void load() {
        JsonNode file = read("projects.json");
        var portfolio = new TrainingPortfolio(file, read("themes.json"), key -> directory.organisation(key).orElseThrow(() ->
                new IllegalStateException("The training projects name an organisation the directory lacks: " + key)), LocalDate.now());
        List<TrainingPortfolio.Planned> planned = portfolio.projects();
        List<Long> ids = store.save(planned.stream().map(TrainingPortfolio.Planned::incoming).toList());
        List<Object[]> marks = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            LocalDate report = planned.get(i).lastProgressReport();
            marks.add(new Object[]{report == null ? null : Date.valueOf(report), ids.get(i)});
        }
        jdbc.batchUpdate("update projects.project set training = true, last_progress_report = ? where id = ?", marks);
        List<Object[]> rates = new ArrayList<>();
        file.get("exchangeRates").forEach(r -> rates.add(new Object[]{r.get("currency").asString(), r.get("year").asInt(),
                r.get("unitsPerUsd").decimalValue()}));
        jdbc.batchUpdate("""
                insert into projects.exchange_rate (currency, year, units_per_usd, training) values (?, ?, ?, true)
                on conflict (currency, year) do nothing""", rates);
        forget();
    }

    /**
     * Deletes the fictional projects with all their parts, and the fictional exchange rates. A merge that involved a
     * fictional project goes with it; a real project merged into a fictional one is set apart again.
     */
    @Override
    public void remove() {
        jdbc.update("update projects.project set merged_into = null where not training and merged_into in (" + FICTIONAL + ")");
        jdbc.update("delete from projects.merge where kept_id in (" + FICTIONAL + ") or merged_id in (" + FICTIONAL + ")");
        jdbc.update("delete from projects.project where training");
        jdbc.update("delete from projects.exchange_rate where training");
        forget();
    }

    /** Lists, searches and the dashboard's figures are read again once the transaction ends. */
    private void forget() {
        events.publishEvent(new ProjectsChanged());
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    private static JsonNode read(String name) {
        try (InputStream in = new ClassPathResource(FOLDER + name).getInputStream()) {
            return ProjectsJson.JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + FOLDER + name, e);
        }
    }
}
