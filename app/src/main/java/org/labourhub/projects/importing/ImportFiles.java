package org.labourhub.projects.importing;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Where uploaded files wait for their import job: {@code labourhub.import-folder} (by default under the LabourHub
 * home; several app nodes need it on shared storage). Names are generated, never taken from the upload.
 */
@Component
public class ImportFiles {

    /** The names this class gives the files it keeps: nothing else in the folder is ever read or deleted. */
    private static final Pattern KEPT = Pattern.compile("[0-9a-f-]{36}\\.(csv|xlsx|xml)");

    private final Path folder;

    ImportFiles(@Value("${labourhub.import-folder}") String folder) {
        this.folder = Path.of(folder);
    }

    public Path keep(MultipartFile upload, String extension) throws IOException {
        Files.createDirectories(folder);
        Path file = folder.resolve(UUID.randomUUID() + "." + extension);
        upload.transferTo(file);
        return file;
    }

    public Path keep(byte[] content, String extension) throws IOException {
        Files.createDirectories(folder);
        Path file = folder.resolve(UUID.randomUUID() + "." + extension);
        Files.write(file, content);
        return file;
    }

    /** The kept file a job names, refusing any path outside the folder. */
    public Path resolve(String path) {
        Path file = Path.of(path).toAbsolutePath().normalize();
        if (!file.startsWith(folder.toAbsolutePath().normalize())) {
            throw new IllegalArgumentException("Not an import file: " + path);
        }
        return file;
    }

    /** The kept file of a token handed to the browser (its generated name), or empty for anything else. */
    public java.util.Optional<Path> byToken(String token) {
        if (token == null || !KEPT.matcher(token).matches()) {
            return java.util.Optional.empty();
        }
        Path file = folder.resolve(token);
        return Files.exists(file) ? java.util.Optional.of(file) : java.util.Optional.empty();
    }

    /** Deletes the kept files last written before {@code cutoff} whose names are not in {@code used}; says how many. */
    int discardUnused(Instant cutoff, Set<String> used) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        int deleted = 0;
        try (var kept = Files.newDirectoryStream(folder, file -> KEPT.matcher(file.getFileName().toString()).matches())) {
            for (Path file : kept) {
                try {
                    if (!used.contains(file.getFileName().toString())
                            && Files.getLastModifiedTime(file).toInstant().isBefore(cutoff) && Files.deleteIfExists(file)) {
                        deleted++;
                    }
                } catch (IOException goneOrLocked) {
                    // another node deleted it first, or it cannot be deleted now: the next check tries again
                }
            }
        }
        return deleted;
    }

    public void discard(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // the file is in our own folder and named by us; a leftover is harmless
        }
    }
}
