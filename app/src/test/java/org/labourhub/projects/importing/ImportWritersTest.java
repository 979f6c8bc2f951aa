package org.labourhub.projects.importing;

import org.junit.jupiter.api.Test;
import org.labourhub.IntegrationTest;
import org.labourhub.platform.jobs.Job;
import org.labourhub.platform.jobs.JobStatus;
import org.labourhub.platform.jobs.Jobs;
import org.labourhub.projects.ProjectsAudit;
import org.labourhub.projects.importing.iati.IatiSamples;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** An IATI import written by two writers, each with its own transaction: all or nothing, and safe to run again. */
@IntegrationTest
@AutoConfigureMockMvc
class ImportWritersTest {

    @Autowired MockMvc mvc;
    @Autowired Jobs jobs;
    @Autowired JdbcClient jdbc;
    @Autowired ImportFiles files;

    @Test
    void aFileMalformedAfterSeveralBatchesForBothWritersChangesNothing() throws Exception {
        List<String> activities = activities("XI-TEST-HALF", 3 * ImportBatches.SIZE, "Quebrantamiento");
        String file = IatiSamples.file(activities.toArray(String[]::new)).replace("</iati-activities>", "<iati-activity></iati-activities>");
        var job = ImportJobs.upload(mvc, jobs, "/projects/import/iati", "half.xml", file, StandardCharsets.UTF_8);
        assertThat(job.result()).contains("\"code\": \"malformed\"");
        assertThat(count("XI-TEST-HALF-%")).isZero();
        assertThat(jdbc.sql("select count(*) from projects.provenance where source_key like 'XI-TEST-HALF-%'").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from projects.search_word where word = 'quebrantamiento'").query(Long.class).single()).isZero();
    }

    /** Enough activities for each of the two writers to write more than one batch. */
    private static final int TWICE = 2 * ImportBatches.SIZE + 200;

    @Test
    void anIdentifierTwiceInOneFileIsOneProjectAsTheLaterActivitySaysWhicheverBatchesTheyFallIn() throws Exception {
        List<String> activities = new java.util.ArrayList<>(activities("XI-TEST-TWICE", TWICE, "Duplicado"));
        activities.add(5, IatiSamples.activity("XI-TEST-TWICE-7", "Séptimo, primera versión", "CR", "")); // same batch
        activities.add(IatiSamples.activity("XI-TEST-TWICE-3", "Tercero, segunda versión", "CR", "")); // a later batch of its writer
        var job = ImportJobs.upload(mvc, jobs, "/projects/import/iati", "twice.xml",
                IatiSamples.file(activities.toArray(String[]::new)), StandardCharsets.UTF_8);
        assertThat(job.status()).isEqualTo(JobStatus.SUCCEEDED);
        assertThat(count("XI-TEST-TWICE-%")).isEqualTo(TWICE);
        assertThat(title("XI-TEST-TWICE-3")).isEqualTo("Tercero, segunda versión");
        assertThat(title("XI-TEST-TWICE-7")).isEqualTo("Duplicado 7");
        assertWholeAndOnce("XI-TEST-TWICE-3");
        assertWholeAndOnce("XI-TEST-TWICE-7");
    }

    /**
     * A crash between the two writers' commits leaves one writer's projects committed; the job, still marked as
     * running on a node that stopped beating, is run again by the restart recovery and completes the import.
     */
    @Test
    void anImportCutBetweenTheTwoCommitsIsRunAgainAndCompletedWithoutDuplicates() throws Exception {
        List<String> activities = activities("XI-TEST-CUT", 40, "Reanudación");
        String whole = IatiSamples.file(activities.toArray(String[]::new));
        String committedHalf = IatiSamples.file(activities.subList(0, 20).toArray(String[]::new));
        ImportJobs.upload(mvc, jobs, "/projects/import/iati", "cut.xml", committedHalf, StandardCharsets.UTF_8);
        assertThat(count("XI-TEST-CUT-%")).isEqualTo(20);

        var kept = files.keep(whole.getBytes(StandardCharsets.UTF_8), "xml");
        long id = jdbc.sql("""
                insert into platform.job (kind, owner, parameters, status, node, attempts, started_at, heartbeat)
                values (?, 'secretariat', cast(? as jsonb), 'RUNNING', 'crashed-node', 1, now() - interval '3 minutes',
                        now() - interval '2 minutes')
                returning id""").params(ProjectsAudit.IATI_IMPORT, "{\"file\": \"" + kept + "\", \"fileName\": \"cut.xml\"}")
                .query(Long.class).single();
        Job job = ImportJobs.waitFor(jobs, id);
        assertThat(job.status()).isEqualTo(JobStatus.SUCCEEDED);
        assertThat(job.attempts()).isEqualTo(2);
        assertThat(count("XI-TEST-CUT-%")).isEqualTo(40);
        assertWholeAndOnce("XI-TEST-CUT-3");
        assertWholeAndOnce("XI-TEST-CUT-33");
        assertThat(jdbc.sql("select count(*) from projects.provenance where source_key like 'XI-TEST-CUT-%'").query(Long.class).single())
                .isEqualTo(40);
        assertThat(jdbc.sql("select count(*) from projects.search_word where word = 'reanudacion'").query(Long.class).single()).isEqualTo(1);
    }

    private static List<String> activities(String prefix, int count, String title) {
        return IntStream.range(0, count).mapToObj(i -> IatiSamples.activity(prefix + "-" + i, title + " " + i, "CR", "")).toList();
    }

    /** One project, one provenance record and each part once (not added again by a second write). */
    private void assertWholeAndOnce(String identifier) {
        long id = jdbc.sql("select id from projects.project where iati_identifier = ?").param(identifier).query(Long.class).single();
        for (String part : List.of("participant", "recipient_country", "budget", "transaction", "result", "provenance")) {
            assertThat(jdbc.sql("select count(*) from projects." + part + " where project_id = ?").param(id).query(Long.class).single())
                    .as(identifier + " " + part).isEqualTo(part.equals("participant") ? 2 : 1);
        }
    }

    private String title(String identifier) {
        return jdbc.sql("select title->>'es' from projects.project where iati_identifier = ?").param(identifier).query(String.class).single();
    }

    private long count(String like) {
        return jdbc.sql("select count(*) from projects.project where iati_identifier like ?").param(like).query(Long.class).single();
    }
}
