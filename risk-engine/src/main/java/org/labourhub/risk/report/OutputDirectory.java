package org.labourhub.risk.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Outputs are written into a hidden staging directory beside the target and moved into place only when all of
 * them are complete, so a failed run leaves no partial file behind.
 */
public final class OutputDirectory implements AutoCloseable {

    private final Path target;
    private final Path staging;
    private boolean committed;

    public OutputDirectory(Path target) {
        this.target = target.toAbsolutePath();
        try {
            Files.createDirectories(this.target.getParent());
            this.staging = Files.createTempDirectory(this.target.getParent(), "." + this.target.getFileName() + ".partial-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a working directory beside " + target, e);
        }
    }

    /** Where to write a file while the run is in progress. */
    public Path file(String relative) {
        Path file = staging.resolve(relative);
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /**
     * Moves what was staged into the target directory: each top-level file or folder in one rename, replacing
     * an earlier one of the same name (a replaced folder is moved aside first, then deleted).
     */
    public void commit() {
        try {
            Files.createDirectories(target);
            List<Path> entries;
            try (Stream<Path> list = Files.list(staging)) {
                entries = list.sorted().toList();
            }
            for (Path entry : entries) {
                Path destination = target.resolve(entry.getFileName().toString());
                if (Files.isDirectory(destination)) {
                    Path old = staging.resolve(".replaced-" + entry.getFileName());
                    Files.move(destination, old, StandardCopyOption.ATOMIC_MOVE);
                }
                Files.move(entry, destination, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            committed = true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the results into " + target, e);
        }
    }

    /** Removes the staging directory; without a commit, everything written is discarded. */
    @Override
    public void close() {
        try (Stream<Path> walk = Files.walk(staging)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            if (committed) {
                return;
            }
            throw new UncheckedIOException("cannot remove the working directory " + staging, e);
        }
    }
}
