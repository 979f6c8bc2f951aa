package org.labourhub.projects.importing;

import org.labourhub.platform.jobs.Jobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * Deletes uploads nobody will read: files of the import folder older than {@code labourhub.abandoned-uploads.kept-for}
 * (a day by default) that no queued or running job names. A spreadsheet whose columns were never matched is one, the
 * file of an import that failed another. Files are matched to jobs by name, which is unique, so that nodes mounting a
 * shared folder at different paths agree; several nodes deleting the same file is harmless. When the jobs cannot be
 * read (the database is down), nothing is deleted.
 */
@Component
@EnableScheduling
class AbandonedUploads {

    private static final Logger log = LoggerFactory.getLogger(AbandonedUploads.class);

    private final ImportFiles files;
    private final Jobs jobs;
    private final Settings settings;

    AbandonedUploads(ImportFiles files, Jobs jobs, Settings settings) {
        this.files = files;
        this.jobs = jobs;
        this.settings = settings;
    }

    /**
     * {@code labourhub.abandoned-uploads.*}
     *
     * @param keptFor    how long an upload no job uses is kept
     * @param checkEvery how often the import folder is looked through
     */
    @ConfigurationProperties("labourhub.abandoned-uploads")
    record Settings(@DefaultValue("24h") Duration keptFor, @DefaultValue("1h") Duration checkEvery) {
    }

    @Scheduled(initialDelayString = "1m", fixedDelayString = "${labourhub.abandoned-uploads.check-every:1h}")
    void discardAbandoned() throws IOException {
        int deleted = discardOlderThan(Instant.now().minus(settings.keptFor()));
        if (deleted > 0) {
            log.info("Deleted {} abandoned upload(s) older than {} from the import folder", deleted, settings.keptFor());
        }
    }

    /** Deletes the uploads last written before {@code cutoff} that no unfinished job names; says how many. */
    int discardOlderThan(Instant cutoff) throws IOException {
        Set<String> used = new HashSet<>();
        for (String file : jobs.unfinishedParameter("file")) {
            try {
                Path name = Path.of(file).getFileName();
                if (name != null) {
                    used.add(name.toString());
                }
            } catch (InvalidPathException notAPath) {
                // another kind of job's "file" parameter: no upload of ours
            }
        }
        return files.discardUnused(cutoff, used);
    }
}
