package org.labourhub.riskmaps.coverage;

import org.labourhub.platform.TerritoryCode;
import org.labourhub.platform.i18n.MultilingualText;
import org.labourhub.projects.Incoming;
import org.labourhub.projects.Project;
import org.labourhub.projects.ProjectStore;
import org.labourhub.projects.ProjectTerritories;
import org.labourhub.projects.ProvenanceRecord;
import org.labourhub.projects.Source;
import org.labourhub.riskmaps.DatasetFormat;
import org.labourhub.riskmaps.DatasetKind;
import org.labourhub.riskmaps.Datasets;
import org.labourhub.riskmaps.Definition;
import org.labourhub.riskmaps.Mapping;
import org.labourhub.riskmaps.ModelRun;
import org.labourhub.riskmaps.ModelRuns;
import org.labourhub.riskmaps.RunInputs;
import org.labourhub.riskmaps.RunOptions;
import org.labourhub.riskmaps.RunSummary;
import org.labourhub.riskmaps.TerritoryResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;


/** Builds what the coverage tests need: a published project, boundaries and a finished run with its territories. */
final class CoverageFixture {

    private final JdbcClient jdbc;
    private final ModelRuns runs;
    private final Datasets datasets;
    private final ProjectStore projects;
    private final PlatformTransactionManager transactions;

    CoverageFixture(JdbcClient jdbc, ModelRuns runs, Datasets datasets, ProjectStore projects,
                    PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.runs = runs;
        this.datasets = datasets;
        this.projects = projects;
        this.transactions = transactions;
    }

    long project(String identifier, String title, String code) {
        var project = new Project(identifier, List.of(), null, null, null, MultilingualText.of(
                org.labourhub.platform.i18n.Language.ES, title), null, null, null, null, null, List.of(),
                List.of(new Project.CountryShare(code.substring(0, 2), null)), List.of(),
                ProjectTerritories.locations(List.of(new TerritoryCode(code))), List.of(), java.util.Set.of(),
                List.of(), List.of(), List.of(), List.of(), List.of());
        var incoming = new Incoming(project, new ProvenanceRecord(Source.SPREADSHEET, identifier, null,
                OffsetDateTime.now(), "secretariat", Map.of()));
        return new TransactionTemplate(transactions).execute(t -> projects.save(List.of(incoming)).get(0));
    }

    long boundaries(String country, Map<String, String> names) {
        long set = jdbc.sql("""
                        insert into riskmaps.boundary_set (country, name, code_property, uploaded_by)
                        values (?, 'Provincias', 'iso', 'analyst') returning id""").param(country)
                .query(Long.class).single();
        int i = 0;
        for (var e : names.entrySet()) {
            String square = "{\"type\":\"Polygon\",\"coordinates\":[[[%1$d,0],[%2$d,0],[%2$d,1],[%1$d,1],[%1$d,0]]]}"
                    .formatted(i, i + 1);
            jdbc.sql("""
                            insert into riskmaps.boundary (set_id, code, name, geometry, min_lon, min_lat, max_lon, max_lat)
                            values (?, ?, ?, ?, ?, 0, ?, 1)""")
                    .params(set, e.getKey(), e.getValue(), square, i, i + 1).update();
            i++;
        }
        return set;
    }

    ModelRun finished(String country, String title, long boundaries, List<TerritoryResult> territories) {
        String sha = "0".repeat(63) + "1";
        var survey = datasets.add(new Datasets.NewDataset(country, DatasetKind.SURVEY, "Encuesta", null,
                DatasetFormat.CSV, "encuesta.csv", null, null, 10, sha, 10, List.of()), "analyst." + country.toLowerCase());
        var census = datasets.add(new Datasets.NewDataset(country, DatasetKind.CENSUS, "Censo", null,
                DatasetFormat.CSV, "censo.csv", null, null, 10, sha, 10, List.of()), "analyst." + country.toLowerCase());
        var mapping = new Mapping("Mapa", DatasetKind.SURVEY, Map.of(), "1", "2", List.of());
        var inputs = new RunInputs(new RunInputs.InputFile(survey.id(), "encuesta.csv", sha, 10),
                new RunInputs.InputFile(census.id(), "censo.csv", sha, 10), mapping, mapping,
                Definition.ilo(country, "OIT"), RunOptions.standard(), "test");
        ModelRun run = runs.queue(country, title, inputs, boundaries, "analyst." + country.toLowerCase(), true);
        var summary = new RunSummary(new RunSummary.Survey(10, 1, 1, 5, 0, 0, 0), List.of(), List.of(), 0.7,
                List.of(), List.of(), new RunSummary.Diagnostics(0, 0, List.of(), List.of(), List.of(), List.of()),
                new RunSummary.LevelScheme("NATURAL_BREAKS", 3, List.of(0.05, 0.1), true), 0.08, 100,
                Optional.empty(), Map.of());
        runs.finish(run.id(), summary, territories);
        return runs.find(run.id()).orElseThrow();
    }

    static TerritoryResult territory(String code, int rank, int level) {
        double rate = 0.2 / rank;
        return new TerritoryResult(code, null, 1000, 1000 * rate, rate, rate * 0.8, rate * 1.2, rank, rank, rank,
                level, null, false, false, new TerritoryResult.TerritoryDetails(null, null, List.of(), List.of(),
                List.of()));
    }
}
