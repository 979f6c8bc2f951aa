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
import org.labourhub.risk.synthetic.SyntheticPopulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the web application reads: stage lines, results.json, and the check before a run. */
@SuppressWarnings("unchecked")
class ResultsJsonTest {

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

    private static Map<String, Object> json(Path file) throws Exception {
        return (Map<String, Object>) JsonReader.parse(Files.readString(file));
    }

    @Test
    void progressLinesResultsAndTheCheckAgree() throws Exception {
        new SyntheticPopulation(new SyntheticPopulation.Settings(3000, 6000, 12, 3, 5, 0.3, 20)).write(dir);
        String[] inputs = {"--config", dir.resolve("risk.properties").toString(), "--survey",
                dir.resolve("survey.csv").toString(), "--census", dir.resolve("census.csv").toString()};

        String printed = execute(concat(new String[] {"run", "--progress", "--out", dir.resolve("out").toString()}, inputs));
        List<String> stages = printed.lines().filter(l -> l.startsWith("stage ")).toList();
        assertEquals(List.of("stage read-survey", "stage direct-estimates", "stage fit", "stage diagnostics",
                "stage transfer", "stage harmonisation", "stage levels", "stage simulation", "stage factors",
                "stage write-outputs"), stages);
        assertEquals("done", printed.lines().reduce((a, b) -> b).orElseThrow());

        Map<String, Object> results = json(dir.resolve("out/results.json"));
        assertTrue(results.get("engine_version") instanceof String);
        assertEquals("natural-breaks", ((Map<String, Object>) results.get("configuration")).get("levels_method"));
        assertEquals(0.0, ((Map<String, Object>) results.get("survey")).get("blank_outcomes"));
        var direct = (List<Map<String, Object>>) results.get("direct_estimates");
        assertTrue(direct.stream().anyMatch(d -> d.get("kind").equals("age") && d.get("group").equals("12–14")));
        var coefficients = (List<Map<String, Object>>) results.get("coefficients");
        assertEquals("Intercept", coefficients.get(0).get("label"));
        Map<String, Object> beta = coefficients.get(1);
        assertTrue((double) beta.get("odds_ratio_low95") < (double) beta.get("odds_ratio_low90")
                && (double) beta.get("odds_ratio_high90") < (double) beta.get("odds_ratio_high95"));
        assertEquals(10, ((List<?>) results.get("calibration")).size());
        assertTrue(((Map<String, Object>) results.get("levels")).get("method_label").toString().contains("Fisher"));
        assertTrue(((Map<String, Object>) results.get("diagnostics")).containsKey("survey_territories_not_in_census"));
        var territories = (List<Map<String, Object>>) results.get("territories");
        assertEquals(12, territories.size());
        for (Map<String, Object> t : territories) {
            var factors = (Map<String, Object>) t.get("factors");
            double sum = (double) factors.get("residual");
            for (Object part : (List<Object>) factors.get("parts")) {
                sum += (double) ((Map<String, Object>) part).get("part");
            }
            assertEquals((double) factors.get("difference"), sum, 1e-12, "parts add up to the difference");
            assertEquals((double) t.get("rate") - (double) factors.get("national_rate"), (double) factors.get("difference"), 1e-12);
            assertTrue(t.containsKey("rates_by_sex") && t.containsKey("rates_by_age") && t.containsKey("profile")
                    && t.containsKey("flags") && t.containsKey("rank_low90") && t.containsKey("p_high"), t.toString());
        }

        String checked = execute(concat(new String[] {"check", "--out", dir.resolve("check").toString()}, inputs));
        assertTrue(checked.contains("harmonisation.json"), checked);
        Map<String, Object> check = json(dir.resolve("check/harmonisation.json"));
        assertEquals(results.get("harmonisation"), check.get("harmonisation"), "the check shows what the run will show");
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
