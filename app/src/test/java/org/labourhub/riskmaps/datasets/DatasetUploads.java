package org.labourhub.riskmaps.datasets;

import org.labourhub.platform.jobs.Job;
import org.labourhub.platform.jobs.Jobs;
import org.labourhub.projects.importing.ImportJobs;
import org.labourhub.riskmaps.Dataset;
import org.labourhub.riskmaps.Datasets;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/** Uploads a dataset through the upload page as a person would, and waits for its reading job. */
record DatasetUploads(MockMvc mvc, Jobs jobs, Datasets datasets) {

    /** The dataset read from the file, once its job has put it on its page. */
    Dataset uploaded(RequestPostProcessor who, String country, String kind, String name, String fileName, byte[] content)
            throws Exception {
        Job job = job(who, country, kind, name, fileName, content);
        String location = mvc.perform(get("/riskmaps/datasets/read/{job}", job.id()).with(who))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).as("the job %s ended on the dataset's page (result %s)", job.id(), job.result())
                .startsWith("/riskmaps/datasets/");
        return datasets.find(Long.parseLong(location.substring("/riskmaps/datasets/".length()))).orElseThrow();
    }

    /** The finished reading job of the file. */
    Job job(RequestPostProcessor who, String country, String kind, String name, String fileName, byte[] content)
            throws Exception {
        String location = mvc.perform(multipart("/riskmaps/datasets/new").file(file(fileName, content))
                        .param("country", country).param("kind", kind).param("name", name).param("round", "2024")
                        .with(csrf()).with(who))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).as("the upload went to its job").startsWith("/jobs/");
        return ImportJobs.waitFor(jobs, Long.parseLong(location.substring("/jobs/".length())));
    }

    static MockMultipartFile file(String name, byte[] content) {
        return new MockMultipartFile("file", name, "application/octet-stream", content);
    }
}
