package org.labourhub.riskmaps.results;

import org.labourhub.riskmaps.DatasetFormat;
import org.labourhub.riskmaps.DatasetKind;
import org.labourhub.riskmaps.Datasets;
import org.labourhub.riskmaps.Definition;
import org.labourhub.riskmaps.Labels;
import org.labourhub.riskmaps.MappedCovariate;
import org.labourhub.riskmaps.Mapping;
import org.labourhub.riskmaps.ModelRun;
import org.labourhub.riskmaps.ModelRuns;
import org.labourhub.riskmaps.ProfileTag;
import org.labourhub.riskmaps.Role;
import org.labourhub.riskmaps.RunInputs;
import org.labourhub.riskmaps.RunOptions;
import org.labourhub.riskmaps.RunSummary;
import org.labourhub.riskmaps.RunSummary.Calibration;
import org.labourhub.riskmaps.RunSummary.Coefficient;
import org.labourhub.riskmaps.RunSummary.Diagnostics;
import org.labourhub.riskmaps.RunSummary.Direct;
import org.labourhub.riskmaps.RunSummary.Harmonisation;
import org.labourhub.riskmaps.RunSummary.LevelScheme;
import org.labourhub.riskmaps.TerritoryResult;
import org.labourhub.riskmaps.TerritoryResult.FactorPart;
import org.labourhub.riskmaps.TerritoryResult.ProfileValue;
import org.labourhub.riskmaps.TerritoryResult.TerritoryDetails;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Finished runs made for the results' tests, written through the core's stores (queue, then finish) with records
 * built here, on a boundary set written straight into the module's tables: territories with names (one accented),
 * one territory of the run without a boundary and one boundary without data.
 */
final class ResultsFixture {

    static final Labels AGE = new Labels("edad", Map.of("en", "Age", "es", "Edad", "fr", "Âge", "pt", "Idade"));
    static final Labels RURAL = new Labels("area", Map.of("en", "Rural area", "es", "Zona rural", "fr", "Zone rurale",
            "pt", "Zona rural"));

    private final ModelRuns runs;
    private final Datasets datasets;
    private final JdbcClient jdbc;

    ResultsFixture(ModelRuns runs, Datasets datasets, JdbcClient jdbc) {
        this.runs = runs;
        this.datasets = datasets;
        this.jdbc = jdbc;
    }

    /** A finished, private run of Peru by {@code runner}: five territories, four of them drawn. */
    ModelRun peru(String title, String runner) {
        long set = boundaries("PE", List.of("PE-LIM", "PE-CUS", "PE-JUN", "PE-ARE", "PE-TAC"),
                List.of("Lima", "Cusco", "Junín", "Arequipa", "Tacna"));
        var codes = List.of("PE-LIM", "PE-CUS", "PE-JUN", "PE-ARE", "PE-XXX");
        return finished("PE", title, runner, set, codes, false);
    }

    /** A finished run with {@code count} territories, all drawn as small squares. */
    ModelRun large(String title, String runner, int count) {
        var codes = new ArrayList<String>();
        var names = new ArrayList<String>();
        for (int i = 1; i <= count; i++) {
            codes.add(Integer.toString(100000 + i));
            names.add("Municipio " + i);
        }
        long set = boundaries("MX", codes, names);
        return finished("MX", title, runner, set, codes, true);
    }

    ModelRun queued(String country, String title, String runner) {
        return runs.queue(country, title, inputs(country, runner), null, runner, false);
    }

    ModelRun finished(String country, String title, String runner, Long set, List<String> codes, boolean synthetic) {
        ModelRun run = runs.queue(country, title, inputs(country, runner), set, runner, synthetic);
        var results = new ArrayList<TerritoryResult>();
        for (int i = 0; i < codes.size(); i++) {
            results.add(territory(codes.get(i), i, codes.size()));
        }
        runs.finish(run.id(), summary(codes), results);
        return runs.find(run.id()).orElseThrow();
    }

    private RunInputs inputs(String country, String runner) {
        String unique = UUID.randomUUID().toString();
        long survey = dataset(country, DatasetKind.SURVEY, runner);
        long census = dataset(country, DatasetKind.CENSUS, runner);
        var covariates = List.of(new MappedCovariate("edad", false, null, null, AGE),
                new MappedCovariate("area", false, null, ProfileTag.RURAL, RURAL));
        var surveyMapping = new Mapping("ENAHO " + unique.substring(0, 8), DatasetKind.SURVEY,
                Map.of(Role.AGE, "edad", Role.SEX, "sexo", Role.TERRITORY, "ubigeo"), "1", "2", covariates);
        var censusMapping = new Mapping("Censo 2017", DatasetKind.CENSUS,
                Map.of(Role.AGE, "edad", Role.SEX, "sexo", Role.TERRITORY, "ubigeo"), "1", "2", covariates);
        return new RunInputs(new RunInputs.InputFile(survey, "enaho.csv", "a".repeat(64), 1200),
                new RunInputs.InputFile(census, "censo.csv", "b".repeat(64), 50000), surveyMapping, censusMapping,
                Definition.ilo(country, "OIT"), RunOptions.standard(), "1.0.0-test-" + unique);
    }

    private long dataset(String country, DatasetKind kind, String by) {
        return datasets.add(new Datasets.NewDataset(country, kind, kind.name().toLowerCase(), "2019", DatasetFormat.CSV,
                "file.csv", null, null, 10, "c".repeat(64), 100, List.of()), by).id();
    }

    private long boundaries(String country, List<String> codes, List<String> names) {
        long set = jdbc.sql("""
                        insert into riskmaps.boundary_set (country, name, code_property, source, uploaded_by)
                        values (?, 'Test', 'code', 'Natural Earth (public domain)', 'fixture') returning id""")
                .param(country).query(Long.class).single();
        for (int i = 0; i < codes.size(); i++) {
            double x = -75 + (i % 50) * 0.5;
            double y = -15 + (i / 50) * 0.5;
            String square = String.format(java.util.Locale.ROOT,
                    "{\"type\":\"Polygon\",\"coordinates\":[[[%.6f,%.6f],[%.6f,%.6f],[%.6f,%.6f],[%.6f,%.6f],[%.6f,%.6f]]]}",
                    x, y, x + 0.5, y, x + 0.5, y + 0.5, x, y + 0.5, x, y);
            jdbc.sql("""
                            insert into riskmaps.boundary (set_id, code, name, geometry, min_lon, min_lat, max_lon, max_lat)
                            values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(set, codes.get(i), names.get(i), square, x, y, x + 0.5, y + 0.5).update();
        }
        return set;
    }

    static TerritoryResult territory(String code, int i, int count) {
        double rate = 0.20 - 0.15 * i / Math.max(1, count - 1);
        int level = rate > 0.15 ? 3 : rate > 0.08 ? 2 : 1;
        var profile = List.of(new ProfileValue(RURAL, null, ProfileTag.RURAL, true, 0.30 + 0.01 * (i % 10), 0.25),
                new ProfileValue(AGE, null, null, false, 11.2, 11.0));
        double difference = rate - 0.10;
        var factors = List.of(new FactorPart(RURAL, difference * 0.75, 0.6, 0.3),
                new FactorPart(AGE, difference * 0.25, 0.2, 0.1),
                new FactorPart(new Labels("escuela", Map.of("en", "Attends school")), -0.002, 0.2, -0.05));
        var details = new TerritoryDetails(rate * 1.2, rate * 0.8, List.of(rate * 0.5, rate, rate * 1.5), profile, factors);
        return new TerritoryResult(code, null, 1000 + 10 * i, 1000 * rate, rate, rate * 0.8, rate * 1.2, i + 1,
                Math.max(1, i - 1), Math.min(count, i + 3), level, 0.5, i == count - 1, i == 0, details);
    }

    static RunSummary summary(List<String> codes) {
        var direct = List.of(new Direct(null, null, 250000, 0.105, 0.008), new Direct("MALE", null, 130000, 0.13, 0.01),
                new Direct("FEMALE", 0, 60000, 0.07, 0.012));
        var coefficients = List.of(new Coefficient(null, null, -2.1, 0.2, 0.12, 0.08, 0.18),
                new Coefficient(AGE, null, 0.15, 0.02, 1.16, 1.12, 1.21),
                new Coefficient(RURAL, null, 0.8, 0.1, 2.23, 1.83, 2.71));
        var calibration = new ArrayList<Calibration>();
        for (int d = 1; d <= 10; d++) {
            calibration.add(new Calibration(d, 0.01 * d, 0.011 * d, 0.1));
        }
        var harmonisation = List.of(new Harmonisation(RURAL, new Labels("1", Map.of("en", "Rural", "es", "Rural")),
                0.31, 0.24, 0.07, true), new Harmonisation(AGE, null, 11.2, 11.0, 0.018, false));
        var diagnostics = new Diagnostics(3, 0, List.of(), List.of(),
                codes.contains("PE-XXX") ? List.of("PE-XXX") : List.of(),
                codes.contains("PE-XXX") ? List.of("PE-TAC") : List.of());
        return new RunSummary(new RunSummary.Survey(1200, 10, 80, 600, 40, 0, 3), direct, coefficients, 0.78,
                calibration, harmonisation, diagnostics, new LevelScheme("NATURAL_BREAKS", 3, List.of(0.08, 0.15), false),
                0.10, 50000, Optional.empty(), Map.of("fit", 1.5));
    }
}
