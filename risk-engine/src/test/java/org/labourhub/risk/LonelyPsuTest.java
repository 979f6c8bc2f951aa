package org.labourhub.risk;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.labourhub.risk.config.ConfigFile;
import org.labourhub.risk.config.LonelyPsu;
import org.labourhub.risk.config.RiskConfig;
import org.labourhub.risk.model.ModelError;
import org.labourhub.risk.model.SurveyModel;
import org.labourhub.risk.survey.SurveyReader;
import org.labourhub.risk.survey.SurveySample;
import org.labourhub.risk.synthetic.SyntheticPopulation;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A stratum with a single PSU: each of R's survey.lonely.psu options gives svyglm's standard errors. */
class LonelyPsuTest {

    @TempDir
    static Path dir;
    static SurveySample sample;

    @BeforeAll
    static void surveyWithALonelyPsu() throws Exception {
        RReference.rscript();
        new SyntheticPopulation(new SyntheticPopulation.Settings(3000, 3000, 20, 4, 9, 0.3, 20)).write(dir);
        Path survey = dir.resolve("survey.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(survey));
        List<String> header = Arrays.asList(lines.get(0).split(","));
        int psu = header.indexOf("psu"), stratum = header.indexOf("stratum");
        for (int i = 1; i < lines.size(); i++) {
            String[] f = lines.get(i).split(",", -1);
            if (f[psu].equals("1")) {
                f[stratum] = "LONELY";
                lines.set(i, String.join(",", f));
            }
        }
        Files.write(survey, lines);
        RiskConfig config = ConfigFile.load(dir.resolve("risk.properties"));
        sample = SurveyReader.read(survey, config);
    }

    @ParameterizedTest
    @EnumSource(value = LonelyPsu.class, names = {"REMOVE", "CERTAINTY", "ADJUST", "AVERAGE"})
    void standardErrorsEqualSvyglm(LonelyPsu option) throws Exception {
        String name = option.name().toLowerCase();
        Path out = RReference.run(dir.resolve("survey.csv"), dir.resolve("census.csv"), dir.resolve("r-" + name), name);
        var r = RReference.read(out.resolve("coefficients.csv"));
        SurveyModel model = SurveyModel.fit(sample, option, 2);
        List<String> names = model.terms().columnNames();
        for (int j = 0; j < names.size(); j++) {
            String term = names.get(j).replace("=", "");
            MatchesRTest.assertClose(r.value(term, "svyglm_se"), model.standardError(j), 1e-4, name + " SE " + term);
        }
    }

    @Test
    void failStopsAndSaysWhatToDo() {
        var error = assertThrows(ModelError.class, () -> SurveyModel.fit(sample, LonelyPsu.FAIL, 2));
        String message = error.getMessage();
        assertTrue(message.contains("stratum 'LONELY'") && message.contains("only one PSU")
                && message.contains("variance.lonely.psu"), message);
    }
}
