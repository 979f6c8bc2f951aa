package org.labourhub.projects;

import org.junit.jupiter.api.Test;
import org.labourhub.IntegrationTest;
import org.labourhub.accounts.Actor;
import org.labourhub.accounts.Role;
import org.labourhub.accounts.SignedIn;
import org.labourhub.platform.Constituency;
import org.labourhub.platform.jobs.Jobs;
import org.labourhub.projects.importing.ImportJobs;
import org.labourhub.projects.importing.iati.IatiSamples;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/**
 * The territories a project works in come from an IATI file's locations, a country's entry form and a spreadsheet
 * column, and the risk maps read them for a whole country: anyone the published ones, the country's focal points
 * also their drafts.
 */
@IntegrationTest
@AutoConfigureMockMvc
class ProjectTerritoriesTest {

    static final Actor BOLIVIA = new Actor("focal.bo", Role.FOCAL_POINT, "BO", Constituency.GOVERNMENT);
    static final Actor PERU = new Actor("focal.pe", Role.FOCAL_POINT, "PE", Constituency.GOVERNMENT);

    @Autowired MockMvc mvc;
    @Autowired Jobs jobs;
    @Autowired JdbcClient jdbc;
    @Autowired ProjectTerritories territories;

    @Test
    void anIatiLocationsAdministrativeAreasAreKeptWithVocabularyLevelAndCode() throws Exception {
        String locations = """
                <location ref="XI-TEST-TERR-1-LA-PAZ"><name><narrative>La Paz</narrative></name>
                  <administrative vocabulary="A4" level="1" code="BO-L"/></location>
                <location><administrative vocabulary="G1" level="1" code="3911924"/>
                  <administrative vocabulary="A4" level="1" code="BO-C"/></location>
                <sector vocabulary="1\"""";
        String activity = IatiSamples.activity("XI-TEST-TERR-1", "Trabajo infantil en La Paz y Cochabamba", "BO", "")
                .replace("<sector vocabulary=\"1\"", locations);
        ImportJobs.upload(mvc, jobs, "/projects/import/iati", "territorios.xml", IatiSamples.file(activity),
                StandardCharsets.UTF_8);

        assertThat(jdbc.sql("""
                        select a->>'vocabulary' || ' ' || (a->>'level') || ' ' || (a->>'code')
                        from projects.location l join projects.project p on p.id = l.project_id,
                             jsonb_array_elements(l.administrative) a
                        where p.iati_identifier = 'XI-TEST-TERR-1' order by l.position""").query(String.class).list())
                .containsExactly("A4 1 BO-L", "G1 1 3911924", "A4 1 BO-C");
        assertThat(working(territories.published("BO"), "XI-TEST-TERR-1").territories())
                .containsExactly("BO-L", "3911924", "BO-C");
        assertThat(territories.published("PE")).noneMatch(p -> p.identifier().equals("XI-TEST-TERR-1"));
    }

    @Test
    void aCountrysEntryNamesItsTerritoriesWhichItsFocalPointsSeeBeforeTheyArePublished() throws Exception {
        var focal = SignedIn.focalPoint("focal.bo", "BO", Constituency.GOVERNMENT);
        mvc.perform(entry("Minería sin niños", "Potosí").with(focal).locale(Locale.ENGLISH))
                .andExpect(content().string(containsString("“Potosí” is not a territory code")));
        mvc.perform(entry("Minería sin niños", "BO-P, PE-CUS").with(focal).locale(Locale.forLanguageTag("es")))
                .andExpect(content().string(containsString("El territorio PE-CUS no está en el país de la entrada (BO)")));
        String saved = mvc.perform(entry("Minería sin niños", "bo-p; BO-O BO-P").with(focal))
                .andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(saved.replaceAll("\\D+", ""));

        mvc.perform(get("/projects/entries/" + id).with(focal))
                .andExpect(content().string(containsString("value=\"BO-P, BO-O\"")));
        assertThat(territories.published("BO")).noneMatch(p -> p.id() == id);
        assertThat(territories.visibleTo(PERU, "BO")).noneMatch(p -> p.id() == id);
        var draft = territories.visibleTo(BOLIVIA, "BO").stream().filter(p -> p.id() == id).findFirst().orElseThrow();
        assertThat(draft.territories()).containsExactly("BO-P", "BO-O");
        assertThat(draft.published()).isFalse();
        assertThat(jdbc.sql("""
                        select count(*) from accounts.audit_event where record_type = 'projects.project' and record_id = ?
                        and after::text like '%BO-O%'""").param(String.valueOf(id)).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void aSpreadsheetColumnNamesTheTerritoriesAndABadCodeRefusesItsRow() throws Exception {
        String csv = "Código,Título,Países,Territorios\r\n"
                + "TERR-1,Escuelas rurales en Santa Cruz,BO,BO-S;BO-N\r\n"
                + "TERR-2,Código equivocado,BO,Beni\r\n"
                + "TERR-3,Territorio de otro país,BO,PE-CUS\r\n";
        String location = mvc.perform(multipart("/projects/import/spreadsheet")
                        .file(new MockMultipartFile("file", "territorios.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .with(csrf()).with(SignedIn.as("secretariat", Role.SECRETARIAT)))
                .andReturn().getResponse().getRedirectedUrl();
        String token = location.substring("/projects/import/spreadsheet/".length(), location.indexOf('?'));
        String job = mvc.perform(post("/projects/import/spreadsheet/" + token).with(csrf())
                        .with(SignedIn.as("secretariat", Role.SECRETARIAT)).param("column.key", "Código")
                        .param("column.title", "Título").param("column.countries", "Países")
                        .param("column.territories", "Territorios").param("language", "es").param("name", "upload")
                        .param("defaultCurrency", "USD"))
                .andReturn().getResponse().getRedirectedUrl();
        long jobId = Long.parseLong(job.substring("/jobs/".length()));
        ImportJobs.waitFor(jobs, jobId);

        assertThat(working(territories.published("BO"), "XM-LABOURHUB-S-TERR-1").territories())
                .containsExactly("BO-S", "BO-N");
        mvc.perform(get("/projects/imports/" + jobId).with(SignedIn.as("secretariat", Role.SECRETARIAT)).locale(Locale.ENGLISH))
                .andExpect(content().string(containsString("3 rows read: 1 imported, 2 refused.")))
                .andExpect(content().string(containsString("“Beni” is not a territory code")))
                .andExpect(content().string(containsString("the territory PE-CUS is in none of the row&#39;s countries (BO)")));
    }

    private static ProjectTerritories.WorkingProject working(List<ProjectTerritories.WorkingProject> projects,
                                                            String identifier) {
        return projects.stream().filter(p -> identifier.equals(p.identifier())).findFirst().orElseThrow();
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder entry(String title,
                                                                                                   String codes) {
        return post("/projects/entries").with(csrf()).param("country", "BO").param("title.original", "es")
                .param("title.es", title).param("territories", codes).param("version", "0");
    }
}
