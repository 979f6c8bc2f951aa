package org.labourhub.risk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labourhub.risk.config.ConfigFile;
import org.labourhub.risk.synthetic.SyntheticPopulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Zero weights, territory codes that do not match and boundaries that do not match are said, not dropped. */
class RunDiagnosticsTest {

    @TempDir
    Path dir;

    @Test
    void mismatchesBetweenSurveyCensusAndBoundariesAreListed() throws IOException {
        new SyntheticPopulation(new SyntheticPopulation.Settings(3000, 3000, 10, 3, 3, 0.3, 20)).write(dir);
        Path survey = dir.resolve("survey.csv");
        List<String> rows = Files.readAllLines(survey);
        List<String> header = Arrays.asList(rows.get(0).split(","));
        int weight = header.indexOf("weight"), territory = header.indexOf("territory");
        for (int line : new int[] {5, 6, 7}) {
            String[] f = rows.get(line - 1).split(",", -1);
            f[weight] = "0";
            rows.set(line - 1, String.join(",", f));
        }
        String[] f = rows.get(99).split(",", -1);
        f[territory] = "ZZ999";
        rows.set(99, String.join(",", f));
        Files.write(survey, rows);
        var config = ConfigFile.load(dir.resolve("risk.properties"));
        Path boundaries = dir.resolve("b.geojson");
        Files.writeString(boundaries, "{\"type\":\"FeatureCollection\",\"features\":["
                + "{\"type\":\"Feature\",\"properties\":{\"code\":\"T00001\"},\"geometry\":null},"
                + "{\"type\":\"Feature\",\"properties\":{\"code\":\"ELSEWHERE\"},\"geometry\":null}]}");

        RunResult result = new RiskRun(config, 2).run(survey, dir.resolve("census.csv"), Optional.empty(),
                Optional.of(boundaries));

        RunDiagnostics d = result.dataDiagnostics();
        assertEquals(3, d.zeroWeightRows());
        assertEquals(3, result.survey().zeroWeights());
        assertTrue(d.surveyHasTerritories());
        assertEquals(List.of("ZZ999"), d.surveyNotInCensus());
        List<String> codes = result.rates().totals().codes();
        assertEquals(codes.subList(1, codes.size()), d.boundaries().orElseThrow().territoriesWithoutBoundary());
        assertEquals(List.of("ELSEWHERE"), d.boundaries().orElseThrow().boundariesWithoutData());
    }

    @Test
    void codesAreComparedBothWays() {
        var d = RunDiagnostics.of(0, List.of("B", "A", "X", "A"), List.of("A", "B", "C"), Optional.of(List.of("A", "Q")));
        assertEquals(List.of("C"), d.censusNotInSurvey());
        assertEquals(List.of("X"), d.surveyNotInCensus());
        assertEquals(List.of("B", "C"), d.boundaries().orElseThrow().territoriesWithoutBoundary());
        assertEquals(List.of("Q"), d.boundaries().orElseThrow().boundariesWithoutData());
        var noColumn = RunDiagnostics.of(0, null, List.of("A"), Optional.empty());
        assertTrue(!noColumn.surveyHasTerritories() && noColumn.censusNotInSurvey().isEmpty());
    }
}
