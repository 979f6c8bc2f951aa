package org.labourhub.projects.importing;

import org.junit.jupiter.api.Test;
import org.labourhub.IntegrationTest;
import org.labourhub.platform.jobs.Jobs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Uploads older than a day that no queued or running job names are deleted; one a queued job will read survives, and
 * so do fresh uploads and files the import folder holds under other names.
 */
@IntegrationTest
class AbandonedUploadsTest {

    @Autowired AbandonedUploads cleanup;
    @Autowired ImportFiles files;
    @Autowired Jobs jobs;
    @Autowired JdbcClient jdbc;
    @Value("${labourhub.import-folder}") Path folder;

    @Test
    void oldUploadsNoUnfinishedJobNamesAreDeleted() throws Exception {
        Instant twoDaysAgo = Instant.now().minus(Duration.ofDays(2));
        Path abandoned = old(files.keep("Código;Título\r\n".getBytes(), "csv"), twoDaysAgo);
        Path queued = old(files.keep("<iati-activities/>".getBytes(), "xml"), twoDaysAgo);
        Path ofFailedJob = old(files.keep("Código;Título\r\n".getBytes(), "xlsx"), twoDaysAgo);
        Path fresh = files.keep("Código;Título\r\n".getBytes(), "csv");
        Path notAnUpload = old(Files.writeString(folder.resolve("LEEME.txt"), "notas del administrador"), twoDaysAgo);
        // kinds no node runs, so that the jobs stay as they are put
        long waiting = jobs.submit("test.never-run", "cleanup-test", Map.of("file", queued.toString()));
        long failed = jobs.submit("test.never-run", "cleanup-test", Map.of("file", ofFailedJob.toString()));
        jdbc.sql("update platform.job set status = 'FAILED', finished_at = now() where id = ?").param(failed).update();
        try {
            int deleted = cleanup.discardOlderThan(Instant.now().minus(Duration.ofHours(24)));

            assertThat(deleted).isGreaterThanOrEqualTo(2);
            assertThat(abandoned).doesNotExist();
            assertThat(ofFailedJob).doesNotExist();
            assertThat(queued).exists();
            assertThat(fresh).exists();
            assertThat(notAnUpload).exists();
        } finally {
            jdbc.sql("delete from platform.job where id in (?, ?)").params(waiting, failed).update();
            for (Path file : new Path[] {queued, fresh, notAnUpload}) {
                Files.deleteIfExists(file);
            }
        }
    }

    private static Path old(Path file, Instant when) throws Exception {
        Files.setLastModifiedTime(file, FileTime.from(when));
        return file;
    }
}
