package org.labourhub.risk.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Set;
import org.labourhub.risk.csv.SmallTable;
import org.labourhub.risk.index.IndexConfigFile;
import org.labourhub.risk.index.IndexSettings;
import org.labourhub.risk.index.VulnerabilityIndex;
import org.labourhub.risk.report.JsonWriter;
import org.labourhub.risk.report.OutputDirectory;

/** {@code index}: the vulnerability-index variant, from a table of territorial indicators. */
final class IndexCommand {

    private IndexCommand() {
    }

    static void run(String[] args, PrintStream out) {
        var a = new Arguments(args, 1, Set.of("config", "indicators", "out"));
        IndexSettings settings = IndexConfigFile.load(a.path("config"));
        var columns = settings.indicators().stream().map(IndexSettings.Indicator::column).toList();
        SmallTable table = SmallTable.read(a.path("indicators"), settings.territoryColumn(), columns);
        VulnerabilityIndex.Result result = VulnerabilityIndex.of(table.columns(), settings);
        try (var output = new OutputDirectory(a.path("out"))) {
            var csv = new StringBuilder("territory,index,level,level_name");
            columns.forEach(c -> csv.append(",").append(c).append("_normalised"));
            csv.append('\n');
            for (int t = 0; t < table.codes().size(); t++) {
                csv.append(table.codes().get(t)).append(',').append(result.score()[t]).append(',')
                        .append(result.level()[t] + 1).append(',').append(result.levels().name(result.level()[t]));
                for (double[] indicator : result.normalised()) {
                    csv.append(',').append(indicator[t]);
                }
                csv.append('\n');
            }
            Files.writeString(output.file("index.csv"), csv, StandardCharsets.UTF_8);
            var weights = new LinkedHashMap<String, Object>();
            for (int i = 0; i < columns.size(); i++) {
                weights.put(columns.get(i), result.weights()[i]);
            }
            var summary = new LinkedHashMap<String, Object>();
            summary.put("weights", weights);
            summary.put("thresholds", result.levels().thresholds());
            try (var writer = Files.newBufferedWriter(output.file("index.json"), StandardCharsets.UTF_8)) {
                new JsonWriter(writer).value(summary);
            }
            output.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.printf("index of %d territories written to %s%n", table.codes().size(), a.path("out"));
    }
}
