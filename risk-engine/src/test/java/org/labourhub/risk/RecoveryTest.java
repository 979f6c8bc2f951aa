package org.labourhub.risk;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labourhub.risk.config.ConfigFile;
import org.labourhub.risk.config.RiskConfig;
import org.labourhub.risk.model.SurveyModel;
import org.labourhub.risk.synthetic.SyntheticPopulation;
import org.labourhub.risk.synthetic.TrueModel;
import org.labourhub.risk.validation.ValidationStatistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** On a synthetic population the engine finds the coefficients it was drawn with, and the true ranking. */
class RecoveryTest {

    @TempDir
    Path dir;

    @Test
    void recoversTheGeneratorsCoefficientsWithinSamplingError() {
        new SyntheticPopulation(new SyntheticPopulation.Settings(30000, 2000, 20, 10, 11, 0, 12)).write(dir);
        RiskConfig config = ConfigFile.load(dir.resolve("risk.properties"));
        var sample = org.labourhub.risk.survey.SurveyReader.read(dir.resolve("survey.csv"), config);
        SurveyModel model = SurveyModel.fit(sample, config.lonelyPsu(), 2);
        TrueModel truth = TrueModel.standard(0);
        List<String> names = model.terms().columnNames();
        assertEquals(truth.columns(), names);
        for (int j = 0; j < names.size(); j++) {
            double z = (model.beta()[j] - truth.beta()[j]) / model.standardError(j);
            assertTrue(Math.abs(z) < 4, names.get(j) + ": estimate " + model.beta()[j] + ", truth " + truth.beta()[j]
                    + ", " + z + " standard errors away");
        }
    }

    @Test
    void territoryRankingFollowsTheTrueOne() throws Exception {
        new SyntheticPopulation(new SyntheticPopulation.Settings(8000, 60000, 60, 6, 5, 0.3, 20)).write(dir);
        RiskConfig config = ConfigFile.load(dir.resolve("risk.properties"));
        RunResult run = new RiskRun(config, 2).run(dir.resolve("survey.csv"), dir.resolve("census.csv"), Optional.empty());
        var truth = new HashMap<String, Double>();
        for (String line : Files.readAllLines(dir.resolve("truth.csv")).subList(1, 61)) {
            String[] f = line.split(",");
            truth.put(f[0], Double.parseDouble(f[3]));
        }
        double[] estimated = run.rates().rates();
        double[] actual = run.rates().totals().codes().stream().mapToDouble(truth::get).toArray();
        double[] ones = new double[actual.length];
        java.util.Arrays.fill(ones, 1);
        double spearman = ValidationStatistics.pearson(ValidationStatistics.averageRanks(estimated),
                ValidationStatistics.averageRanks(actual), ones);
        assertTrue(spearman > 0.75, "rank correlation with the true rates: " + spearman);
    }
}
