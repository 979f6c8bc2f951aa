package org.labourhub.risk.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import org.labourhub.risk.synthetic.SyntheticPopulation;
import org.labourhub.risk.synthetic.TerritoryCode;

/** {@code generate}: a synthetic population with known coefficients, for tests, demonstrations and benchmarks. */
final class GenerateCommand {

    private GenerateCommand() {
    }

    static void run(String[] args, PrintStream out) {
        var a = new Arguments(args, 1, Set.of("out", "survey-children", "census-children", "territories", "regions",
                "seed", "territory-effect-sd", "children-per-psu", "territory-codes"));
        var codes = a.optionalPath("territory-codes").map(TerritoryCode::read);
        int territories = codes.map(List::size).orElse((int) a.number("territories", 100));
        var settings = new SyntheticPopulation.Settings((int) a.number("survey-children", 5000),
                (int) a.number("census-children", 50000), territories,
                (int) Math.min(a.number("regions", 10), territories), a.number("seed", 1), a.decimal("territory-effect-sd", 0.3),
                (int) a.number("children-per-psu", 20));
        long start = System.nanoTime();
        codes.map(c -> new SyntheticPopulation(settings, c)).orElseGet(() -> new SyntheticPopulation(settings))
                .write(a.path("out"));
        out.printf("wrote survey.csv, census.csv, truth.csv, coefficients.csv, risk.properties to %s in %.1f s%n",
                a.path("out"), (System.nanoTime() - start) / 1e9);
    }
}
