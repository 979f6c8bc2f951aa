package org.labourhub.riskmaps.boundaries;

import org.springframework.stereotype.Component;

import java.nio.file.Path;
import java.util.List;

/**
 * Makes a boundary set from a file: reads every territory with the chosen properties, simplifies the set for the web
 * and saves it. A file with any problem is refused whole, with every problem named, and nothing is saved.
 */
@Component
public class BoundaryImport {

    private final BoundarySets sets;

    BoundaryImport(BoundarySets sets) {
        this.sets = sets;
    }

    /** What became of a file: the set saved, or why it was refused. */
    public sealed interface Outcome permits Saved, Refused {
    }

    public record Saved(BoundarySet set) implements Outcome {
    }

    /** The problems found (at most {@link BoundaryFile#PROBLEMS_SHOWN}) and how many more there were. */
    public record Refused(List<BoundaryProblem> problems, int more) implements Outcome {
    }

    public Outcome load(Path file, String fileName, NewBoundarySet set, String uploader) {
        BoundaryFile.Reading reading;
        try {
            reading = new BoundaryFile(file, fileName).read(set.codeProperty(), set.nameProperty());
        } catch (UnreadableBoundaryFile unreadable) {
            return new Refused(List.of(unreadable.problem()), 0);
        }
        if (!reading.problems().isEmpty()) {
            return new Refused(reading.problems(), reading.moreProblems());
        }
        var simplified = BoundarySimplifier.simplify(reading.territories());
        return new Saved(sets.add(set, simplified.territories(), uploader));
    }
}
