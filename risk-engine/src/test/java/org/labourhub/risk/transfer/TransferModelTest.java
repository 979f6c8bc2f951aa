package org.labourhub.risk.transfer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labourhub.risk.config.ConfigFile;
import org.labourhub.risk.config.Covariate;
import org.labourhub.risk.model.LogitFit;
import org.labourhub.risk.model.ModelTerms;
import org.labourhub.risk.model.SurveyModel;
import org.labourhub.risk.synthetic.SyntheticPopulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The transfer's table-driven q = e^{−η} against the linear predictor computed directly. */
class TransferModelTest {

    /** Intercept; x numeric with reference 2; c categorical with levels b, c against a; z numeric with reference 0. */
    private static final double[] BETA = {-1.5, 0.7, 0.4, -1.1, 0.05};

    @Test
    void tablesGiveTheSameProbabilitiesAsTheLinearPredictor(@TempDir Path dir) throws Exception {
        TransferModel model = model(dir);
        double[][] children = {
                {2, -1, 0}, {0, 0, 3}, {5, 1, 120}, {2.5, 0, -7.25}, // whole, categorical, fractional values
                {0.5, 1, 40_000.5}, {-3, 0, -40_000}, // the product of the odds leaves the range of doubles
        };
        for (double[] child : children) {
            double[] row = {1, child[0], child[1] == 0 ? 1 : 0, child[1] == 1 ? 1 : 0, child[2]};
            double eta = 0;
            for (int j = 0; j < BETA.length; j++) {
                eta += BETA[j] * row[j];
            }
            double[] sums = new double[5];
            double q = model.read(child, sums, 0);
            assertEquals(java.util.Arrays.toString(row), java.util.Arrays.toString(sums), "covariate sums");
            double[] stats = new double[1];
            if (Double.isNaN(q)) {
                model.addExactly(child, stats, 0);
            } else {
                model.add(q, stats, 0);
            }
            String what = " of " + java.util.Arrays.toString(child);
            assertEquals(1 / (1 + Math.exp(-eta)), stats[0], 1e-14, "p̂" + what);
            assertEquals(eta, model.linearPredictor(child), 1e-9);
        }
    }

    @Test
    void oddsOutsideTheRangeOfDoublesTakeTheExactPath(@TempDir Path dir) throws Exception {
        TransferModel model = model(dir);
        assertFalse(Double.isNaN(model.read(new double[] {3, 1, 100}, new double[5], 0)));
        assertTrue(Double.isNaN(model.read(new double[] {0.5, 1, 40_000.5}, new double[5], 0)));
        assertTrue(Double.isNaN(model.read(new double[] {0, -1, -14_000}, new double[5], 0)), "q beyond 10^300");
    }

    private static TransferModel model(Path dir) throws Exception {
        Path config = dir.resolve("risk.properties");
        Files.writeString(config, SyntheticPopulation.configuration()); // its columns; the terms below are the model's
        var terms = new ModelTerms(List.of(
                new ModelTerms.Term(Covariate.numeric("x"), 1, List.of(), 2, false),
                new ModelTerms.Term(Covariate.categorical("c", "a"), 2, List.of("b", "c"), 0, false),
                new ModelTerms.Term(Covariate.numeric("z"), 4, List.of(), 0, false)));
        double[][] v = new double[5][5];
        return new TransferModel(ConfigFile.load(config), new SurveyModel(terms, BETA, v, new LogitFit(BETA, v, new double[0], 1, 0)));
    }
}
