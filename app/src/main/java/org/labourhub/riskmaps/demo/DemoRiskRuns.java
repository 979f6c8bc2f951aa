package org.labourhub.riskmaps.demo;

import org.labourhub.accounts.Actor;
import org.labourhub.accounts.Role;
import org.labourhub.platform.DemoMode;
import org.labourhub.risk.synthetic.SyntheticPopulation;
import org.labourhub.riskmaps.DatasetFormat;
import org.labourhub.riskmaps.DatasetKind;
import org.labourhub.riskmaps.DatasetVariable;
import org.labourhub.riskmaps.datasets.DatasetVariables;
import org.labourhub.riskmaps.Datasets;
import org.labourhub.riskmaps.Definition;
import org.labourhub.riskmaps.ModelRun;
import org.labourhub.riskmaps.ModelRuns;
import org.labourhub.riskmaps.RunOptions;
import org.labourhub.riskmaps.RunState;
import org.labourhub.riskmaps.RunVisibility;
import org.labourhub.riskmaps.datasets.formats.MicrodataFormat;
import org.labourhub.riskmaps.datasets.formats.ReadOptions;
import org.labourhub.riskmaps.datasets.formats.VariableSummary;
import org.labourhub.riskmaps.runs.RunStarter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * On the first start in demo mode, once the demo boundaries are in, makes for pilot countries of the Regional
 * Initiative a synthetic survey and census on their real first-level units (the engine's generator, territories
 * renamed to the units' ISO 3166-2 codes), runs the model on them as the demo analyst, and publishes the results,
 * every page of which says the data is synthetic. It waits for the runs so that the maps are there when the
 * platform says it is ready.
 */
@Component
@Order(55)
class DemoRiskRuns implements ApplicationRunner {

    /** The pilots and their generator's seed; both were pilot countries of the model (Lima 2018 meeting). */
    static final Map<String, Long> PILOTS = Map.of("PE", 51L, "CO", 57L);
    private static final Logger log = LoggerFactory.getLogger(DemoRiskRuns.class);
    private static final Actor ANALYST = new Actor("analyst", Role.ANALYST, null, null);

    private final DemoMode demo;
    private final JdbcClient jdbc;
    private final Datasets datasets;
    private final ModelRuns runs;
    private final RunStarter starter;
    private final Path folder;

    DemoRiskRuns(DemoMode demo, JdbcClient jdbc, Datasets datasets, ModelRuns runs, RunStarter starter,
                 @Value("${labourhub.riskmaps.datasets-folder}") Path folder) {
        this.demo = demo;
        this.jdbc = jdbc;
        this.datasets = datasets;
        this.runs = runs;
        this.starter = starter;
        this.folder = folder;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.isOn()) {
            return;
        }
        var started = new ArrayList<ModelRun>();
        for (String country : List.of("PE", "CO")) {
            Long runs = jdbc.sql("select count(*) from riskmaps.run where country = ? and synthetic").param(country)
                    .query(Long.class).single();
            if (runs == 0) {
                boundarySet(country).ifPresent(set -> started.add(start(country, set)));
            }
        }
        for (ModelRun run : started) {
            publishWhenDone(run);
        }
    }

    private Optional<Long> boundarySet(String country) {
        return jdbc.sql("select id from riskmaps.boundary_set where country = ? order by id desc limit 1")
                .param(country).query(Long.class).optional();
    }

    private ModelRun start(String country, long boundarySet) {
        List<String> codes = jdbc.sql("select code from riskmaps.boundary where set_id = ? order by code")
                .param(boundarySet).query(String.class).list();
        Path target = folder.resolve("demo-" + country.toLowerCase(java.util.Locale.ROOT));
        var settings = new SyntheticPopulation.Settings(200 * codes.size(), 2000 * codes.size(), codes.size(),
                Math.min(6, codes.size()), PILOTS.get(country), 0.35, 20);
        new SyntheticPopulation(settings).write(target);
        var renamed = new HashMap<String, String>();
        for (int t = 0; t < codes.size(); t++) {
            renamed.put(String.format("T%05d", t + 1), codes.get(t));
        }
        long survey = register(country, DatasetKind.SURVEY, target, "survey.csv", renamed);
        long census = register(country, DatasetKind.CENSUS, target, "census.csv", renamed);
        var request = new RunStarter.Request(country, "Synthetic demonstration", survey, census,
                SyntheticMappings.survey(), SyntheticMappings.census(), Definition.ilo(country, "ILO"),
                RunOptions.standard(), boundarySet);
        ModelRun run = starter.start(ANALYST, request, true);
        log.info("Risk map demo for {}: {} territories, run {} started", country, codes.size(), run.id());
        return run;
    }

    /** Renames the generator's territories to the country's units and records the file as the analyst's dataset. */
    private long register(String country, DatasetKind kind, Path target, String file, Map<String, String> renamed) {
        Path path = target.resolve(file);
        try {
            List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
            int column = List.of(lines.get(0).split(",", -1)).indexOf("territory");
            for (int i = 1; i < lines.size(); i++) {
                String[] cells = lines.get(i).split(",", -1);
                cells[column] = renamed.getOrDefault(cells[column], cells[column]);
                lines.set(i, String.join(",", cells));
            }
            Files.write(path, lines, StandardCharsets.UTF_8);
            List<DatasetVariable> variables;
            try (var reader = MicrodataFormat.open(path, ReadOptions.DEFAULTS)) {
                variables = DatasetVariables.of(VariableSummary.of(reader));
            }
            String relative = folder.relativize(path).toString();
            String name = kind == DatasetKind.SURVEY ? "Synthetic survey (generated, not real data)"
                    : "Synthetic census (generated, not real data)";
            return datasets.add(new Datasets.NewDataset(country, kind, name, null, DatasetFormat.CSV, file,
                    relative, relative, Files.size(path), sha256(path), lines.size() - 1, variables), "analyst").id();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare the demo file " + path, e);
        }
    }

    private static String sha256(Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            var digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void publishWhenDone(ModelRun run) {
        long deadline = System.nanoTime() + 600_000_000_000L;
        ModelRun now = run;
        while (now.state().isUnderWay() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            now = runs.find(run.id()).orElseThrow();
        }
        if (now.state() == RunState.FINISHED) {
            runs.changeVisibility(now, RunVisibility.PUBLISHED);
            log.info("Risk map demo for {} published", now.country());
        } else {
            log.warn("Risk map demo for {} ended {} ({} {})", now.country(), now.state(), now.problemKey(),
                    now.problemArgs());
        }
    }
}
