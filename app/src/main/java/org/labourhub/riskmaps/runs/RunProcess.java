package org.labourhub.riskmaps.runs;

import org.labourhub.risk.HarmonisationCheck;
import org.labourhub.risk.RiskRun;
import org.labourhub.risk.RunResult;
import org.labourhub.risk.config.ConfigFile;
import org.labourhub.risk.config.RiskConfig;
import org.labourhub.risk.csv.InputError;
import org.labourhub.risk.model.ModelError;
import org.labourhub.riskmaps.RiskmapsJson;
import org.labourhub.riskmaps.RunInputs;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The engine's own process for one run (started by {@link EngineProcess}, never inside the web application): reads
 * the run's folder ({@code inputs.json}, {@code risk.properties}, {@code survey.csv}, {@code census.csv}), prints
 * {@code stage <name>} as each stage starts, and writes {@code summary.json} and {@code territories.json} — or
 * {@code problem.json} with the message key and arguments of what went wrong in the input.
 * <p>
 * Exit codes: 0 finished; 2 a problem in the input ({@code problem.json}); anything else, an unexpected failure.
 */
public final class RunProcess {

    static final int PROBLEM = 2;
    static final int STOPPED_AFTER_CHECK = 3;

    private RunProcess() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        int threads = Integer.parseInt(args[1]);
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                StandardCharsets.UTF_8);
        RunInputs inputs = RiskmapsJson.JSON.readValue(folder.resolve("inputs.json").toFile(), RunInputs.class);
        try {
            RiskConfig config = ConfigFile.load(folder.resolve("risk.properties"));
            if (inputs.options().stopOnGap()) {
                out.println("stage harmonisation");
                var check = HarmonisationCheck.of(config, folder.resolve("survey.csv"), folder.resolve("census.csv"),
                        threads);
                if (check.gaps().stream().anyMatch(g -> g.flagged() && g.scope().equals("national"))) {
                    RiskmapsJson.JSON.writeValue(folder.resolve("summary.json").toFile(),
                            ResultConversion.checked(check, inputs));
                    out.println("done");
                    System.exit(STOPPED_AFTER_CHECK);
                }
            }
            RunResult result = new RiskRun(config, threads, stage -> out.println("stage " + stage)).run(folder.resolve("survey.csv"),
                    folder.resolve("census.csv"), Optional.empty());
            out.println("stage write-outputs");
            var conversion = new ResultConversion(result, inputs);
            RiskmapsJson.JSON.writeValue(folder.resolve("territories.json").toFile(), conversion.territories());
            RiskmapsJson.JSON.writeValue(folder.resolve("summary.json").toFile(), conversion.summary());
            out.println("done");
        } catch (InputError e) {
            problem(folder, "riskmaps.runs.problem.input", List.of(e.where(), e.getMessage()));
        } catch (ModelError e) {
            problem(folder, "riskmaps.runs.problem.model", List.of(e.getMessage()));
        }
    }

    private static void problem(Path folder, String key, List<String> args) throws IOException {
        Files.writeString(folder.resolve("problem.json"), RiskmapsJson.write(Map.of("key", key, "args", args)));
        System.exit(PROBLEM);
    }
}
