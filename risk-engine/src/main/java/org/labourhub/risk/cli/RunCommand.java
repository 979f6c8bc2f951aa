package org.labourhub.risk.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.labourhub.risk.RiskRun;
import org.labourhub.risk.RunResult;
import org.labourhub.risk.config.ConfigFile;
import org.labourhub.risk.config.RiskConfig;
import org.labourhub.risk.csv.SmallTable;
import org.labourhub.risk.report.ChoroplethMap;
import org.labourhub.risk.report.Fiches;
import org.labourhub.risk.report.GeoJsonOutput;
import org.labourhub.risk.report.ModelReport;
import org.labourhub.risk.report.OutputDirectory;
import org.labourhub.risk.report.ResultsJson;
import org.labourhub.risk.report.TerritoryTable;
import org.labourhub.risk.transfer.Predictions;

/** {@code run}: the whole model, then every output, moved into place only when all are written. */
final class RunCommand {

    private RunCommand() {
    }

    static void run(String[] args, PrintStream out) {
        var a = new Arguments(args, 1, Set.of("config", "survey", "census", "out", "boundaries", "observed", "threads",
                "predictions"), Set.of("progress"));
        boolean progress = a.flag("progress");
        Consumer<String> stageStarting = name -> {
            if (progress) {
                out.println("stage " + name);
                out.flush();
            }
        };
        RiskConfig config = ConfigFile.load(a.path("config"));
        Optional<Path> boundaries = a.optionalPath("boundaries");
        Optional<Map<String, Double>> observed = a.optionalPath("observed").map(p -> observed(p, config));
        long start = System.nanoTime();
        long cpuStart = RiskRun.processCpuNanos();
        RunResult result = new RiskRun(config, CommandLine.threads(a), stageStarting).run(a.path("survey"), a.path("census"),
                observed, boundaries);
        stageStarting.accept("write-outputs");
        long writing = System.nanoTime();
        long cpuWriting = RiskRun.processCpuNanos();
        try (var output = new OutputDirectory(a.path("out"))) {
            ResultsJson.write(result, output.file("results.json"));
            TerritoryTable.write(result, output.file("territories.csv"));
            ModelReport.writeJson(result, output.file("model-report.json"));
            ModelReport.writeHtml(result, output.file("model-report.html"));
            Fiches.write(result, output);
            boundaries.ifPresent(b -> GeoJsonOutput.write(result, b, output.file("territories.geojson")));
            boundaries.ifPresent(b -> ChoroplethMap.write(result, b, output.file("map.svg")));
            if (a.flag("predictions")) {
                Predictions.write(a.path("census"), config, result.model(), output.file("predictions.csv"),
                        CommandLine.threads(a));
            }
            output.commit();
        }
        result.stageSeconds().forEach((stage, seconds) -> out.printf("%-18s %8.2f s %8.2f s cpu%n", stage, seconds,
                result.stageCpuSeconds().get(stage)));
        out.printf("%-18s %8.2f s %8.2f s cpu%n", "write-outputs", (System.nanoTime() - writing) / 1e9,
                (RiskRun.processCpuNanos() - cpuWriting) / 1e9);
        out.printf("%-18s %8.2f s %8.2f s cpu%n", "total", (System.nanoTime() - start) / 1e9,
                (RiskRun.processCpuNanos() - cpuStart) / 1e9);
        out.printf("%-18s %8.0f MB%n", "peak-heap", peakHeapBytes() / 1e6);
        out.printf("%d territories, %d census rows; results in %s%n", result.rates().size(),
                result.rates().totals().rowsRead(), a.path("out"));
        if (progress) {
            out.println("done");
            out.flush();
        }
    }

    /** The sum of the heap pools' peak usage since the program started. */
    static long peakHeapBytes() {
        long peak = 0;
        for (var pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == java.lang.management.MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    private static Map<String, Double> observed(Path file, RiskConfig config) {
        SmallTable table = SmallTable.read(file, config.columns().territory(), List.of("rate"));
        var rates = new HashMap<String, Double>();
        for (int i = 0; i < table.codes().size(); i++) {
            rates.put(table.codes().get(i), table.columns()[0][i]);
        }
        return rates;
    }
}
