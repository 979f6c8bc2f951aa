package org.labourhub.riskmaps.datasets;

import org.labourhub.riskmaps.Dataset;
import org.labourhub.riskmaps.DatasetFormat;
import org.labourhub.riskmaps.datasets.formats.MicrodataFormat;
import org.labourhub.riskmaps.datasets.formats.MicrodataProblem;
import org.labourhub.riskmaps.datasets.formats.ReadOptions;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Where a variable first holds a value that is not a number, found by reading the dataset's engine copy with that
 * variable as numbers until it stops, and said as a problem of the original file: "survey.csv, line 5, column 3,
 * variable age: “doce” is not a number". The engine copy has a line per case in the original's order and columns.
 */
@Component
public class FirstNonNumbers {

    private final DatasetFiles files;
    private final ProblemInWords problems;

    FirstNonNumbers(DatasetFiles files, ProblemInWords problems) {
        this.files = files;
        this.problems = problems;
    }

    /**
     * Where a value that is not a number stands in the original file.
     *
     * @param cases whether {@code line} counts cases (Stata, SPSS) rather than lines of text
     */
    public record Place(String file, long line, int column, String value, boolean cases) {
    }

    /** The first value of the variable that is not a number, if any (and if the dataset's copy is still there). */
    public Optional<Place> first(Dataset dataset, String variable) {
        return find(dataset, variable).map(p -> new Place(p.file(), p.line(), p.column(),
                p.args().isEmpty() ? "" : p.args().get(0), p.cases()));
    }

    Optional<String> of(Dataset dataset, String variable, Locale locale) {
        return find(dataset, variable).map(p -> problems.say(p, locale));
    }

    private Optional<ReadingProblem> find(Dataset dataset, String variable) {
        Optional<Path> copy = files.engineCopy(dataset);
        if (copy.isEmpty()) {
            return Optional.empty();
        }
        var options = new ReadOptions(StandardCharsets.UTF_8, ',', null, Set.of(variable));
        try (var reader = MicrodataFormat.CSV.reader(copy.get(), options)) {
            while (reader.next() != null) {
                // read on until the first value that is not a number
            }
            return Optional.empty();
        } catch (MicrodataProblem problem) {
            if (problem.kind() != MicrodataProblem.Kind.NOT_A_NUMBER) {
                return Optional.empty();
            }
            boolean cases = dataset.format() == DatasetFormat.DTA || dataset.format() == DatasetFormat.SAV;
            var original = new ReadingProblem(problem.key(), problem.args(), dataset.originalName(),
                    cases ? problem.line() - 1 : problem.line(), problem.column(), problem.variable(), cases);
            return Optional.of(original);
        } catch (IOException unreadable) {
            return Optional.empty();
        }
    }
}
