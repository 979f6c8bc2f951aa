package org.labourhub.riskmaps.datasets;

import org.labourhub.riskmaps.Dataset;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/**
 * The datasets folder ({@code labourhub.riskmaps.datasets-folder}). An upload waits in {@code incoming/<uuid>/} under
 * its own (cleaned) name until its reading job is done; a dataset read lies in {@code <country>/job-<id>/}: the
 * original file under {@code original/} and the engine's copy as {@code engine.csv}. Paths stored in the database are
 * relative to the folder; names are never taken from the upload except the file's own, cleaned.
 */
@Component
public class DatasetFiles {

    static final String ENGINE_FILE = "engine.csv";

    private final Path folder;

    DatasetFiles(DatasetSettings settings) {
        this.folder = Path.of(settings.datasetsFolder()).toAbsolutePath().normalize();
    }

    /** An upload kept while its job reads it, with its size and SHA-256 computed as it is copied. */
    record Received(Path file, long bytes, String sha256) {
    }

    Received receive(MultipartFile upload, String fileName) throws IOException {
        Path dir = folder.resolve("incoming").resolve(UUID.randomUUID().toString());
        Files.createDirectories(dir);
        Path file = dir.resolve(fileName);
        MessageDigest sha = sha256();
        try (InputStream in = new DigestInputStream(upload.getInputStream(), sha);
             OutputStream out = Files.newOutputStream(file)) {
            long bytes = in.transferTo(out);
            return new Received(file, bytes, HexFormat.of().formatHex(sha.digest()));
        }
    }

    /** The folder where the job {@code jobId} puts the dataset it reads, relative to the datasets folder. */
    static String placeOf(String country, long jobId) {
        return country + "/job-" + jobId;
    }

    /** A path relative to the folder, refused when it leads outside. */
    public Path resolve(String relative) {
        Path file = folder.resolve(relative).normalize();
        if (!file.startsWith(folder)) {
            throw new IllegalArgumentException("Not in the datasets folder: " + relative);
        }
        return file;
    }

    /** The engine's copy of a dataset whose microdata is kept. */
    public Optional<Path> engineCopy(Dataset dataset) {
        return Optional.ofNullable(dataset.engineFile()).map(this::resolve).filter(Files::isRegularFile);
    }

    String relative(Path file) {
        return folder.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    /** Deletes a folder of ours and all it holds; a leftover is harmless and nothing outside is touched. */
    void removeTree(Path dir) {
        Path target = dir.toAbsolutePath().normalize();
        if (!target.startsWith(folder) || target.equals(folder) || !Files.exists(target)) {
            return;
        }
        try (var walk = Files.walk(target)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // locked or already gone: removed on the next delete of this folder
                }
            });
        } catch (IOException ignored) {
            // the folder went away meanwhile
        }
    }

    /** Removes a deleted dataset's folder, {@code <country>/job-<id>} (call after the deletion is committed). */
    void removeMicrodata(String storedFile) {
        if (storedFile == null) {
            return;
        }
        Path relative = Path.of(storedFile);
        if (relative.getNameCount() > 2 && relative.getName(1).toString().startsWith("job-")) {
            removeTree(resolve(relative.subpath(0, 2).toString()));
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
