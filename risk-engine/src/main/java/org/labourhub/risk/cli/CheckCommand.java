package org.labourhub.risk.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Locale;
import java.util.Set;
import org.labourhub.risk.HarmonisationCheck;
import org.labourhub.risk.config.ConfigFile;
import org.labourhub.risk.config.RiskConfig;
import org.labourhub.risk.report.OutputDirectory;
import org.labourhub.risk.report.ResultsJson;
import org.labourhub.risk.transfer.ShareGap;

/** {@code check}: the harmonisation table of survey against census, without fitting the model. */
final class CheckCommand {

    private CheckCommand() {
    }

    static void run(String[] args, PrintStream out) {
        var a = new Arguments(args, 1, Set.of("config", "survey", "census", "out", "threads"));
        RiskConfig config = ConfigFile.load(a.path("config"));
        HarmonisationCheck.Result result = HarmonisationCheck.of(config, a.path("survey"), a.path("census"),
                CommandLine.threads(a));
        try (var output = new OutputDirectory(a.path("out"))) {
            try (BufferedWriter writer = Files.newBufferedWriter(output.file("harmonisation.json"),
                    StandardCharsets.UTF_8)) {
                ResultsJson.writeCheck(result, config, writer);
            }
            output.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.printf("%-24s %-16s %-12s %10s %10s %10s%n", "covariate", "category", "scope", "survey", "census", "gap");
        for (ShareGap g : result.gaps()) {
            out.printf(Locale.ROOT, "%-24s %-16s %-12s %10.4f %10.4f %10.4f%s%n", g.covariate(), g.category(),
                    g.scope(), g.survey(), g.census(), g.gap(), g.flagged() ? "  above threshold" : "");
        }
        long flagged = result.gaps().stream().filter(ShareGap::flagged).count();
        out.printf("%d of %d lines above the threshold %s; %d territories, %d census rows; harmonisation.json in %s%n",
                flagged, result.gaps().size(), config.maxShareGap(), result.territories(), result.censusRows(),
                a.path("out"));
    }
}
