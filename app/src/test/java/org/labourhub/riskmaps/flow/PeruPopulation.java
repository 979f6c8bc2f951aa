package org.labourhub.riskmaps.flow;

import org.labourhub.risk.synthetic.SyntheticPopulation;
import org.labourhub.risk.synthetic.TerritoryCode;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A small synthetic survey (4,000 children) and census (20,000) made by the engine's generator on the first-level
 * units of Peru's demo boundary set, plus one unit the boundaries do not have ({@link #NO_BOUNDARY}); and the census
 * written as a Stata file by R (haven), as a statistics office would publish it.
 */
final class PeruPopulation {

    /** A territory of the survey and census that no boundary draws. */
    static final String NO_BOUNDARY = "PE-ZZZ";
    static final int SURVEY_CHILDREN = 4000;
    static final int CENSUS_CHILDREN = 20000;
    private static final Path FOLDER = Path.of("target", "riskmaps-flow");
    private static final Path SCRIPT = Path.of("src/test/r/census-dta.R");

    private static boolean written;

    private PeruPopulation() {
    }

    /** Peru's demo boundary set (Natural Earth admin-1), the first loaded. */
    static long boundarySet(JdbcClient jdbc) {
        return jdbc.sql("select min(id) from riskmaps.boundary_set where country = 'PE'").query(Long.class).single();
    }

    /** The folder holding survey.csv and census.csv, generated once per test run. */
    static synchronized Path files(JdbcClient jdbc) throws IOException {
        if (!written) {
            var codes = new ArrayList<TerritoryCode>();
            jdbc.sql("select code from riskmaps.boundary where set_id = ? order by code").param(boundarySet(jdbc))
                    .query(String.class).list().forEach(code -> codes.add(new TerritoryCode(code, null)));
            codes.add(new TerritoryCode(NO_BOUNDARY, null));
            var settings = new SyntheticPopulation.Settings(SURVEY_CHILDREN, CENSUS_CHILDREN, codes.size(), 6, 15L,
                    0.35, 20);
            new SyntheticPopulation(settings, codes).write(FOLDER);
            Files.deleteIfExists(FOLDER.resolve("census.dta"));
            written = true;
        }
        return FOLDER;
    }

    /** census.dta beside census.csv, written by R; the calling test is skipped without Rscript (failed under CI). */
    static synchronized Path stataCensus(Path folder) throws IOException, InterruptedException {
        Path dta = folder.resolve("census.dta");
        if (!Files.exists(dta)) {
            Process process = new ProcessBuilder(List.of(rscript(), SCRIPT.toString(),
                    folder.resolve("census.csv").toString(), dta.toString())).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException("R failed to write the Stata census:\n" + output);
            }
        }
        return dta;
    }

    /** Rscript from the environment variable RSCRIPT when set, else from the PATH. */
    private static String rscript() {
        String chosen = System.getenv("RSCRIPT");
        if (chosen != null && Files.isExecutable(Path.of(chosen))) {
            return chosen;
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, "Rscript");
            if (chosen == null && Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        String message = "Rscript is not installed, so the census cannot be written as a Stata file as R users do. "
                + "Install it with: apt-get install -y r-base-core r-cran-haven";
        if (System.getenv("CI") != null) {
            fail(message);
        }
        assumeTrue(false, message);
        return null;
    }
}
