package org.labourhub.riskmaps.index;

import org.labourhub.platform.jobs.Jobs;
import org.labourhub.projects.importing.ImportJobs;
import org.labourhub.riskmaps.Dataset;
import org.labourhub.riskmaps.Datasets;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/** Uploads a small table of figures per territory through the datasets' upload page and waits for it to be read. */
public record TerritoryTables(MockMvc mvc, Jobs jobs, Datasets datasets) {

    public Dataset upload(RequestPostProcessor who, String country, String kind, String fileName, String csv)
            throws Exception {
        var file = new MockMultipartFile("file", fileName, "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        String job = mvc.perform(multipart("/riskmaps/datasets/new").file(file).param("country", country)
                        .param("kind", kind).param("name", fileName).param("round", "2022").with(csrf()).with(who))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(job).startsWith("/jobs/");
        ImportJobs.waitFor(jobs, Long.parseLong(job.substring("/jobs/".length())));
        String page = mvc.perform(get("/riskmaps/datasets/read/{job}", job.substring("/jobs/".length())).with(who))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(page).as("the table was read").startsWith("/riskmaps/datasets/");
        return datasets.find(Long.parseLong(page.substring("/riskmaps/datasets/".length()))).orElseThrow();
    }
}
