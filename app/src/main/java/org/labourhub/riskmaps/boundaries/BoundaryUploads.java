package org.labourhub.riskmaps.boundaries;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Where an uploaded boundary file waits between its upload and the uploader's choice of properties: a folder of its
 * own under the import folder, files named by a generated token. Files left there for a day are deleted at the next
 * upload.
 */
@Component
class BoundaryUploads {

    private static final Pattern TOKEN = Pattern.compile("[0-9a-f-]{36}");
    private static final Duration KEPT_FOR = Duration.ofDays(1);

    private final Path folder;

    BoundaryUploads(@Value("${labourhub.import-folder}") String imports) {
        this.folder = Path.of(imports, "boundaries");
    }

    /** Keeps the upload and gives its token. */
    String keep(MultipartFile upload) throws IOException {
        Files.createDirectories(folder);
        discardOld();
        String token = UUID.randomUUID().toString();
        upload.transferTo(folder.resolve(token).toAbsolutePath());
        return token;
    }

    Optional<Path> byToken(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        Path file = folder.resolve(token);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    void discard(String token) {
        byToken(token).ifPresent(file -> {
            try {
                Files.deleteIfExists(file);
            } catch (IOException stillInUse) {
                // removed with the old ones at a later upload
            }
        });
    }

    private void discardOld() throws IOException {
        Instant cutoff = Instant.now().minus(KEPT_FOR);
        try (var files = Files.newDirectoryStream(folder, f -> TOKEN.matcher(f.getFileName().toString()).matches())) {
            for (Path file : files) {
                try {
                    if (Files.getLastModifiedTime(file).toInstant().isBefore(cutoff)) {
                        Files.deleteIfExists(file);
                    }
                } catch (IOException goneOrLocked) {
                    // another node removed it first, or it is being read: the next upload tries again
                }
            }
        }
    }
}
