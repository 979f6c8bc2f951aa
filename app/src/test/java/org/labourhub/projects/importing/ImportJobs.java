package org.labourhub.projects.importing;

import org.labourhub.accounts.Role;
import org.labourhub.accounts.SignedIn;
import org.labourhub.platform.jobs.Job;
import org.labourhub.platform.jobs.Jobs;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.Charset;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/** Uploads a file as the secretariat through the import page and waits for its job, as a user would. */
public final class ImportJobs {

    private ImportJobs() {
    }

    public static Job upload(MockMvc mvc, Jobs jobs, String path, String fileName, String content, Charset charset) throws Exception {
        var file = new MockMultipartFile("file", fileName, "application/octet-stream", content.getBytes(charset));
        String location = mvc.perform(multipart(path).file(file).with(csrf()).with(SignedIn.as("secretariat", Role.SECRETARIAT)))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/jobs/");
        return waitFor(jobs, Long.parseLong(location.substring("/jobs/".length())));
    }

    public static Job waitFor(Jobs jobs, long id) throws InterruptedException {
        return waitFor(jobs, id, 30);
    }

    /** Waits up to {@code seconds} for the job to finish, and fails the test when it has not. */
    public static Job waitFor(Jobs jobs, long id, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        Job job = jobs.find(id).orElseThrow();
        while (!job.status().isFinished() && System.nanoTime() < deadline) {
            Thread.sleep(100);
            job = jobs.find(id).orElseThrow();
        }
        assertThat(job.status().isFinished()).as("job %d finished", id).isTrue();
        return job;
    }
}
