package org.labourhub.projects.browsing;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.labourhub.IntegrationTest;
import org.labourhub.accounts.Role;
import org.labourhub.accounts.SignedIn;
import org.labourhub.platform.jobs.Job;
import org.labourhub.platform.jobs.Jobs;
import org.labourhub.projects.importing.ImportJobs;
import org.labourhub.projects.importing.iati.IatiSamples;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A project's page reads the way its reader writes: dates in words ("1 de enero de 2020"), a missing date said in
 * words rather than "null", money with the language's marks, the source's original values as a list rather than
 * JSON, and a count of one in the singular.
 */
@IntegrationTest
@AutoConfigureMockMvc
class ProjectPageFormatsTest {

    private static final String IDENTIFIER = "XI-TEST-FORMATS";
    private static Job imported;

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    @BeforeAll
    static void importOneProject(@Autowired MockMvc mvc, @Autowired Jobs jobs) throws Exception {
        imported = ImportJobs.upload(mvc, jobs, "/projects/import/iati", "formats.xml",
                IatiSamples.file(IatiSamples.activity(IDENTIFIER, "Inspección del trabajo en Guatemala", "GT", "")),
                StandardCharsets.UTF_8);
    }

    @Test
    void aDemoProjectWithoutDatesSaysSoInWordsAndNeverNull() throws Exception {
        String page = main("/projects/" + projectId("XM-LABOURHUB-ca-seasonal-workers-programme"), "es");
        assertThat(page).contains("Fechas previstas Sin fechas indicadas", "Fechas reales Sin fechas indicadas",
                "Registrado por el país", "Canadá");
        assertThat(page).doesNotContain("null", "{\"", "COUNTRY", "LABOUR_MIGRATION");
        assertThat(main("/projects", "es")).doesNotContain("null");
    }

    @Test
    void anImportedProjectShowsItsDatesMoneyAndSourceValuesTheReadersWay() throws Exception {
        String spanish = main("/projects/" + projectId(IDENTIFIER), "es");
        assertThat(spanish).contains("1 de enero de 2020", "31 de diciembre de 2023", "30 de junio de 2020",
                "40.000,50 USD", "0 (2019)", "Guatemala (100 %)",
                "Inicio previsto: 1 de enero de 2020, Fin previsto: 31 de diciembre de 2023", "2 (En ejecución)");
        assertThat(spanish).doesNotContain("null", "{\"", "2020-01-01", "2023-12-31", "1:2020");
        String english = main("/projects/" + projectId(IDENTIFIER), "en");
        assertThat(english).contains("January 1, 2020", "USD 40,000.50", "Planned start: January 1, 2020");
    }

    @Test
    void aCountOfOneReadsInTheSingular() throws Exception {
        assertThat(main("/projects/imports/" + imported.id(), "es")).contains("1 registro leído: 1 importado, 0 rechazados.");
        assertThat(main("/projects/imports/" + imported.id(), "en")).contains("1 record read: 1 imported, 0 refused.");
        assertThat(main("/projects/imports/" + imported.id(), "fr")).contains("1 enregistrement lu : 1 importé, 0 refusé.");
    }

    @Test
    void aJobSaysWhatItCountsInTheReadersLanguage() throws Exception {
        assertThat(main("/jobs/" + imported.id(), "en")).contains("of the IATI file read (100%)").doesNotContain("done");
        assertThat(main("/jobs/" + imported.id(), "es")).contains("del archivo IATI leídos (100 %)");
    }

    private String main(String path, String language) throws Exception {
        String html = mvc.perform(get(path).param("lang", language).with(SignedIn.as("secretariat", Role.SECRETARIAT)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return Jsoup.parse(html).select("main").text();
    }

    private long projectId(String identifier) {
        return jdbc.sql("select id from projects.project where iati_identifier = ?").param(identifier).query(Long.class).single();
    }
}
