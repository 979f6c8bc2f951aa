package org.labourhub.risk;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labourhub.risk.cli.CommandLine;
import org.labourhub.risk.report.JsonReader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The program as an analyst uses it: generate, run with boundaries and observed rates, index. */
class CommandLineTest {

    @TempDir
    Path dir;

    private String execute(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int status = CommandLine.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void runWritesTableMapReportAndFiches() throws Exception {
        Path data = dir.resolve("data");
        execute("generate", "--out", data.toString(), "--survey-children", "4000", "--census-children", "12000",
                "--territories", "30", "--regions", "3", "--seed", "4");
        List<String> truth = Files.readAllLines(data.resolve("truth.csv"));
        writeBoundaries(truth, data.resolve("territories.geojson"));
        var observed = new StringBuilder("territory,rate\n");
        truth.subList(1, truth.size()).forEach(l -> observed.append(l.split(",")[0]).append(',').append(l.split(",")[3]).append('\n'));
        Files.writeString(data.resolve("observed.csv"), observed);
        Files.writeString(data.resolve("risk.properties"), "language=es\n", java.nio.file.StandardOpenOption.APPEND);
        Path out = dir.resolve("results");
        String printed = execute("run", "--config", data.resolve("risk.properties").toString(),
                "--survey", data.resolve("survey.csv").toString(), "--census", data.resolve("census.csv").toString(),
                "--out", out.toString(), "--boundaries", data.resolve("territories.geojson").toString(),
                "--observed", data.resolve("observed.csv").toString(), "--predictions", "yes");
        assertTrue(printed.contains("30 territories"), printed);

        List<String> table = Files.readAllLines(out.resolve("territories.csv"));
        assertEquals(31, table.size());
        assertTrue(table.get(0).startsWith("territory,region,children,expected,rate,rate_boys,rate_girls"));
        assertTrue(table.get(0).contains("level_name") && table.get(0).contains("p_high") && table.get(0).contains("share_poverty"));

        @SuppressWarnings("unchecked")
        var geo = (Map<String, Object>) JsonReader.parse(Files.readString(out.resolve("territories.geojson")));
        @SuppressWarnings("unchecked")
        var first = (Map<String, Object>) ((Map<String, Object>) ((List<Object>) geo.get("features")).get(0)).get("properties");
        assertTrue(first.containsKey("rate") && first.containsKey("level_name") && first.containsKey("rate_high90"), first.toString());

        @SuppressWarnings("unchecked")
        var report = (Map<String, Object>) JsonReader.parse(Files.readString(out.resolve("model-report.json")));
        assertEquals(16, ((List<?>) report.get("coefficients")).size());
        assertTrue(report.containsKey("harmonisation") && report.containsKey("calibration") && report.containsKey("validation"));
        assertEquals(List.of("children", "strata", "psus", "households", "skipped_out_of_age", "blank_outcomes", "zero_weights"),
                List.copyOf(((Map<?, ?>) report.get("survey")).keySet()), "the report's keys in the same order on every run");
        assertTrue(Files.readString(out.resolve("model-report.html")).contains("Razón de momios"));
        try (var fiches = Files.list(out.resolve("fiches"))) {
            assertEquals(31, fiches.count());
        }
        String fiche = Files.readString(out.resolve("fiches/T00001.html"));
        assertTrue(fiche.contains("<html lang=\"es\">") && fiche.contains("Qué explica el riesgo aquí"), fiche);
        String map = Files.readString(out.resolve("map.svg"));
        assertTrue(map.startsWith("<svg") && map.split("<path").length == 31, "one shape per territory");
        assertEquals(12001, Files.readAllLines(out.resolve("predictions.csv")).size());
    }

    private static void writeBoundaries(List<String> truth, Path file) throws Exception {
        var json = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
        for (int i = 1; i < truth.size(); i++) {
            double x = i % 6, y = i / 6;
            json.append(i > 1 ? "," : "").append("{\"type\":\"Feature\",\"properties\":{\"code\":\"")
                    .append(truth.get(i).split(",")[0]).append("\",\"name\":\"Municipio ").append(i)
                    .append("\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[").append(x).append(',').append(y)
                    .append("],[").append(x + 1).append(',').append(y).append("],[").append(x + 1).append(',').append(y + 1)
                    .append("],[").append(x).append(',').append(y).append("]]]}}");
        }
        Files.writeString(file, json.append("]}"));
    }

    @Test
    void indexClassifiesTerritoriesFromIndicators() throws Exception {
        Files.writeString(dir.resolve("index.properties"), """
                column.territory=canton
                indicators=poverty,school_attendance,informality
                indicator.school_attendance.direction=lower-is-riskier
                normalisation=min-max
                weighting=principal-component
                levels.count=3
                """);
        Files.writeString(dir.resolve("indicators.csv"), """
                canton;poverty;school_attendance;informality
                San José;12,5;95;30
                Limón;35,0;80;55
                Talamanca;48,2;71;70
                Escazú;5,1;98;20
                Upala;40,3;76;62
                Nicoya;22,0;90;41
                """);
        execute("index", "--config", dir.resolve("index.properties").toString(), "--indicators",
                dir.resolve("indicators.csv").toString(), "--out", dir.resolve("index").toString());
        List<String> rows = Files.readAllLines(dir.resolve("index/index.csv"));
        assertEquals(7, rows.size());
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("Talamanca,") && r.contains(",3,high,")), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("Escazú,0.0,1,low,")), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("Nicoya,") && r.contains(",2,medium,")), rows.toString());
    }

    @Test
    void usageIsPrintedForAnUnknownCommand() {
        var err = new ByteArrayOutputStream();
        int status = CommandLine.execute(new String[] {"fly"}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(2, status);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown command 'fly'"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("Usage:"));
    }
}
