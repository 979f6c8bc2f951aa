package org.labourhub.risk.cli;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Set;
import org.labourhub.risk.csv.InputError;
import org.labourhub.risk.model.ModelError;

/** The command-line program: {@code run}, {@code check}, {@code index}, {@code generate}, {@code scan}. */
public final class CommandLine {

    static final String USAGE = """
            Child labour risk engine (LabourHub)

            Usage:
              java -jar risk-engine.jar run --config risk.properties --survey survey.csv --census census.csv --out DIR
                  [--boundaries territories.geojson] [--observed observed.csv] [--predictions yes] [--threads N]
                  [--progress]
                  Fits the survey-weighted model, applies it to every census child and writes everything in one
                  file (results.json), the territory table (territories.csv), model report (model-report.html,
                  model-report.json), fiches (fiches/) and, with --boundaries, territories.geojson and map.svg.
                  --predictions yes adds p̂ for every child (predictions.csv; needs column.id). --observed gives a
                  measured rate per territory (columns: the territory column and 'rate') for validation.
                  --progress prints 'stage NAME' as each stage starts and 'done' at the end.
              java -jar risk-engine.jar check --config risk.properties --survey survey.csv --census census.csv --out DIR
                  Compares the covariates of survey and census without fitting: prints the harmonisation table
                  and writes harmonisation.json.
              java -jar risk-engine.jar index --config index.properties --indicators indicators.csv --out DIR
                  Vulnerability index from administrative indicators: writes index.csv and index.json.
              java -jar risk-engine.jar generate --out DIR [--survey-children 5000] [--census-children 50000]
                  [--territories 100] [--regions 10] [--seed 1] [--territory-effect-sd 0.3] [--children-per-psu 20]
                  [--territory-codes codes.txt]
                  Writes a synthetic survey, census, truth and configuration with known coefficients.
                  --territory-codes gives the territories (one code per line, optionally ',region'), e.g. the
                  first-level administrative units PE-LIM, PE-CUS…, instead of T00001…
              java -jar risk-engine.jar scan --file census.csv [--threads N]
                  Only parses the file (the benchmark's yardstick) and prints lines and seconds.

            Outputs appear only when the whole run succeeds. Exit status: 0 done, 1 problem in the input or model,
            2 command line not understood.
            """;

    private CommandLine() {
    }

    public static void main(String[] args) {
        System.exit(execute(args, System.out, System.err));
    }

    public static int execute(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || Set.of("help", "--help", "-h").contains(args[0])) {
            out.print(USAGE);
            return args.length == 0 ? 2 : 0;
        }
        try {
            switch (args[0]) {
                case "run" -> RunCommand.run(args, out);
                case "check" -> CheckCommand.run(args, out);
                case "index" -> IndexCommand.run(args, out);
                case "generate" -> GenerateCommand.run(args, out);
                case "scan" -> ScanCommand.run(args, out);
                default -> throw new Arguments.UsageError("unknown command '" + args[0] + "'");
            }
            return 0;
        } catch (Arguments.UsageError e) {
            err.println("error: " + e.getMessage());
            err.print(USAGE);
            return 2;
        } catch (InputError | ModelError | UncheckedIOException e) {
            err.println("error: " + e.getMessage());
            return 1;
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
    }

    static int threads(Arguments arguments) {
        return (int) arguments.number("threads", Runtime.getRuntime().availableProcessors());
    }
}
