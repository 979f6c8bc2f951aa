package org.labourhub.risk;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs the R script src/test/r/reference.R. Without Rscript the calling test is skipped with a message, except
 * under CI (environment variable CI set), where a missing R is a failure.
 */
final class RReference {

    static final Path SCRIPT = Path.of("src/test/r/reference.R");

    private RReference() {
    }

    /** Rscript from the environment variable RSCRIPT when set, else from the PATH. */
    static Path rscript() {
        String chosen = System.getenv("RSCRIPT");
        if (chosen != null && Files.isExecutable(Path.of(chosen))) {
            return Path.of(chosen);
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, "Rscript");
            if (chosen == null && Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        String message = "Rscript is not installed" + (chosen == null ? "" : " at RSCRIPT=" + chosen)
                + ", so results cannot be compared with R's glm and svyglm. "
                + "Install it with: apt-get install -y r-base-core r-cran-survey r-cran-data.table";
        if (System.getenv("CI") != null) {
            fail(message);
        }
        assumeTrue(false, message);
        return null;
    }

    /** Runs the reference script; returns its output directory. */
    static Path run(Path survey, Path census, Path out, String lonelyPsu) throws IOException, InterruptedException {
        Files.createDirectories(out);
        Process process = new ProcessBuilder(List.of(rscript().toString(), SCRIPT.toString(), survey.toString(),
                census.toString(), out.toString(), lonelyPsu)).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException("R failed:\n" + output);
        }
        return out;
    }

    /** A CSV written by the script, as column name → values, and the first column as keys. */
    static Table read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        String[] header = lines.get(0).split(",");
        var keys = new String[lines.size() - 1];
        var columns = new HashMap<String, double[]>();
        for (int c = 1; c < header.length; c++) {
            columns.put(header[c], new double[lines.size() - 1]);
        }
        for (int r = 1; r < lines.size(); r++) {
            String[] fields = lines.get(r).split(",");
            keys[r - 1] = fields[0].replace("\"", "");
            for (int c = 1; c < header.length; c++) {
                columns.get(header[c])[r - 1] = Double.parseDouble(fields[c]);
            }
        }
        return new Table(List.of(keys), columns);
    }

    record Table(List<String> keys, Map<String, double[]> columns) {
        double value(String key, String column) {
            int row = keys.indexOf(key);
            if (row < 0) {
                throw new AssertionError("R gave no row " + key + " among " + keys);
            }
            return columns.get(column)[row];
        }
    }
}
