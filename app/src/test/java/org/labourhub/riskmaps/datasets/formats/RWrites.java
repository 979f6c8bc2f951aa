package org.labourhub.riskmaps.datasets.formats;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs src/test/r/microdata.R, which writes Stata and SPSS files with haven and foreign and the values expected
 * back. Without Rscript the calling test is skipped with a message, except under CI (environment variable CI set),
 * where a missing R is a failure — as the risk engine's comparisons with R do.
 */
final class RWrites {

    private static final Path SCRIPT = Path.of("src/test/r/microdata.R");

    private RWrites() {
    }

    /** Writes the files into the directory; returns it. */
    static Path files(Path directory) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of(rscript(), SCRIPT.toString(), directory.toString()))
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException("R failed to write the test files:\n" + output);
        }
        return directory;
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
        String message = "Rscript is not installed" + (chosen == null ? "" : " at RSCRIPT=" + chosen)
                + ", so the Stata and SPSS readers cannot be checked against files R writes. "
                + "Install it with: apt-get install -y r-base-core r-cran-haven r-cran-foreign";
        if (System.getenv("CI") != null) {
            fail(message);
        }
        assumeTrue(false, message);
        return null;
    }
}
