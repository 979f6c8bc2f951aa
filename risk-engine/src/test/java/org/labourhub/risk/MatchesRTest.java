package org.labourhub.risk;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labourhub.risk.config.ConfigFile;
import org.labourhub.risk.config.LonelyPsu;
import org.labourhub.risk.config.RiskConfig;
import org.labourhub.risk.model.SurveyModel;
import org.labourhub.risk.survey.DirectEstimate;
import org.labourhub.risk.survey.DirectEstimates;
import org.labourhub.risk.survey.SurveyReader;
import org.labourhub.risk.survey.SurveySample;
import org.labourhub.risk.synthetic.SyntheticPopulation;
import org.labourhub.risk.transfer.Predictions;
import org.labourhub.risk.transfer.TerritoryTotals;
import org.labourhub.risk.transfer.Transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The engine gives R's numbers: glm and svyglm coefficients, svyglm standard errors, svymean, predictions. */
class MatchesRTest {

    @TempDir
    static Path dir;
    static RiskConfig config;
    static SurveySample sample;
    static SurveyModel model;
    static RReference.Table r;

    @BeforeAll
    static void fitBoth() throws Exception {
        RReference.rscript();
        new SyntheticPopulation(new SyntheticPopulation.Settings(5000, 20000, 40, 8, 7, 0.3, 20)).write(dir);
        config = ConfigFile.load(dir.resolve("risk.properties"));
        sample = SurveyReader.read(dir.resolve("survey.csv"), config);
        model = SurveyModel.fit(sample, LonelyPsu.ADJUST, 2);
        RReference.run(dir.resolve("survey.csv"), dir.resolve("census.csv"), dir.resolve("r"), "adjust");
        r = RReference.read(dir.resolve("r/coefficients.csv"));
    }

    @Test
    void coefficientsEqualGlmAndSvyglmWithinOneMillionth() {
        List<String> names = model.terms().columnNames();
        for (int j = 0; j < names.size(); j++) {
            String term = rName(names.get(j));
            assertClose(r.value(term, "glm"), model.beta()[j], 1e-6, "glm coefficient " + term);
            assertClose(r.value(term, "svyglm"), model.beta()[j], 1e-6, "svyglm coefficient " + term);
        }
    }

    @Test
    void standardErrorsEqualSvyglmWithinOneTenThousandth() {
        List<String> names = model.terms().columnNames();
        for (int j = 0; j < names.size(); j++) {
            String term = rName(names.get(j));
            assertClose(r.value(term, "svyglm_se"), model.standardError(j), 1e-4, "svyglm SE " + term);
        }
    }

    @Test
    void directEstimatesEqualSvymean() throws Exception {
        var direct = RReference.read(dir.resolve("r/direct.csv"));
        List<DirectEstimate> ours = DirectEstimates.of(sample, config.definition(), LonelyPsu.ADJUST);
        String[][] pairs = {{"all children", "all children"}, {"boys", "sex 1"}, {"girls", "sex 2"},
                {"aged 5–11", "band 5-11"}, {"aged 12–14", "band 12-14"}, {"aged 15–17", "band 15-17"}};
        for (String[] pair : pairs) {
            DirectEstimate estimate = ours.stream().filter(e -> e.domain().equals(pair[0])).findFirst().orElseThrow();
            assertClose(direct.value(pair[1], "estimate"), estimate.proportion(), 1e-9, pair[0]);
            assertClose(direct.value(pair[1], "se"), estimate.proportionSe(), 1e-6, pair[0] + " SE");
        }
    }

    @Test
    void territoryAggregatesEqualRsPredictions() throws Exception {
        var territories = RReference.read(dir.resolve("r/territories.csv"));
        TerritoryTotals totals = new Transfer(config, model, 2).run(dir.resolve("census.csv"));
        assertEquals(territories.keys(), totals.codes());
        for (int t = 0; t < totals.size(); t++) {
            String code = totals.codes().get(t);
            assertEquals(territories.value(code, "children"), totals.children(t), 0, code);
            assertClose(territories.value(code, "expected"), totals.expected(t), 1e-6, "expected in " + code);
        }
    }

    @Test
    void childLevelPredictionsEqualRsPredict() throws Exception {
        var predictions = RReference.read(dir.resolve("r/predictions.csv"));
        Path ours = dir.resolve("predictions.csv");
        Predictions.write(dir.resolve("census.csv"), config, model, ours, 2);
        List<String> lines = Files.readAllLines(ours);
        assertEquals(20001, lines.size());
        for (int i = 1; i <= predictions.keys().size(); i++) {
            String[] f = lines.get(i).split(",");
            assertClose(predictions.value(f[0], "p"), Double.parseDouble(f[2]), 1e-6, "p̂ of child " + f[0]);
        }
    }

    static String rName(String javaName) {
        return javaName.replace("=", "");
    }

    static void assertClose(double expected, double actual, double relative, String what) {
        double tolerance = relative * Math.max(Math.abs(expected), 1e-12);
        assertTrue(Math.abs(expected - actual) <= tolerance, what + ": R " + expected + ", engine " + actual
                + ", relative difference " + Math.abs(expected - actual) / Math.abs(expected));
    }

}
