package org.labourhub.projects;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.labourhub.IntegrationTest;
import org.labourhub.platform.jobs.Jobs;
import org.labourhub.projects.iati.IatiActivityReader;
import org.labourhub.projects.iati.IatiSamples;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Finding imported projects by words in each of the four languages, accents folded, typos forgiven, and by facets. */
@IntegrationTest
@AutoConfigureMockMvc
class ProjectSearchTest {

    static final String ACTIVITY = IatiSamples.activity("XI-TEST-SEARCH-1", "Erradicación del trabajo infantil en la agricultura", "PE", "")
            .replace("<narrative xml:lang=\"en\">Project XI-TEST-SEARCH-1</narrative>",
                    "<narrative xml:lang=\"en\">Eradicating child labour in agriculture</narrative>"
                            + "<narrative xml:lang=\"fr\">Élimination du travail des enfants dans l'agriculture</narrative>"
                            + "<narrative xml:lang=\"pt\">Erradicação do trabalho infantil na agricultura</narrative>");

    @Autowired MockMvc mvc;
    @Autowired Jobs jobs;

    @BeforeAll
    static void importOnce(@Autowired MockMvc mvc, @Autowired Jobs jobs) throws Exception {
        ImportJobs.upload(mvc, jobs, "/projects/import/iati", "search.xml", IatiSamples.file(ACTIVITY), StandardCharsets.UTF_8);
    }

    @Test
    void wordsFindTheProjectInEachLanguageWithoutAccentsAndWithATypo() throws Exception {
        for (String words : new String[]{"erradicacion trabajo infantil", "child labour agriculture", "elimination travail enfants",
                "erradicação trabalho infantil", "agricultura", "trabajo infantl agricultura", "XI-TEST-SEARCH-1"}) {
            mvc.perform(get("/api/projects").param("q", words))
                    .andExpect(content().string(containsString("XI-TEST-SEARCH-1")));
        }
        mvc.perform(get("/api/projects").param("q", "zzqqxx unrelated"))
                .andExpect(content().string(not(containsString("XI-TEST-SEARCH-1"))));
    }

    @Test
    void facetsNarrowTheList() throws Exception {
        mvc.perform(get("/api/projects").param("country", "PE").param("theme", "CHILD_LABOUR").param("status", "IMPLEMENTATION")
                        .param("modality", "BILATERAL").param("year", "2021")
                        .param("funder", "Departamento de Trabajo de los Estados Unidos"))
                .andExpect(content().string(containsString("XI-TEST-SEARCH-1")));
        mvc.perform(get("/api/projects").param("country", "PE").param("year", "2030"))
                .andExpect(content().string(not(containsString("XI-TEST-SEARCH-1"))));
        mvc.perform(get("/api/projects").param("theme", "SKILLS").param("q", "agricultura"))
                .andExpect(content().string(not(containsString("XI-TEST-SEARCH-1"))));
    }

    @Test
    void theListPageShowsTitlesInTheReadersLanguageAndTheFacets() throws Exception {
        mvc.perform(get("/projects").param("q", "agricultura").locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Élimination du travail des enfants dans l&#39;agriculture")))
                .andExpect(content().string(containsString("Travail des enfants (")));
        mvc.perform(get("/projects").param("q", "agricultura").header("HX-Request", "true"))
                .andExpect(content().string(containsString("id=\"finder\"")))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void theProjectPageAndItsIatiFileRoundTrip() throws Exception {
        String list = mvc.perform(get("/api/projects").param("q", "XI-TEST-SEARCH-1")).andReturn().getResponse().getContentAsString();
        var id = list.replaceAll("(?s).*?\"id\":(\\d+).*", "$1");
        mvc.perform(get("/projects/" + id).locale(Locale.ENGLISH))
                .andExpect(content().string(containsString("Eradicating child labour in agriculture")))
                .andExpect(content().string(containsString("IATI file")));
        var xml = download(mvc, "/projects/" + id + "/iati.xml");
        var again = IatiActivityReader.readAll(new ByteArrayInputStream(xml));
        assertThat(again).hasSize(1);
        assertThat(again.get(0).problems()).isEmpty();
        assertThat(again.get(0).project().title().in(Locale.FRENCH)).startsWith("Élimination");
        var all = download(mvc, "/projects/iati.xml?country=PE");
        assertThat(IatiActivityReader.readAll(new ByteArrayInputStream(all))).extracting(a -> a.identifier()).contains("XI-TEST-SEARCH-1");
    }

    /** Fetches a streamed download through MockMvc's asynchronous dispatch. */
    static byte[] download(MockMvc mvc, String url) throws Exception {
        var started = mvc.perform(get(url)).andExpect(request().asyncStarted()).andReturn();
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch(started))
                .andReturn().getResponse().getContentAsByteArray();
    }
}
