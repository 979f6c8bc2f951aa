package org.labourhub.projects;

import org.junit.jupiter.api.Test;
import org.labourhub.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

@IntegrationTest
@AutoConfigureMockMvc
class DemoProjectsTest {

    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired CountryProjects countryProjects;

    @Test
    void theCountryProfileSectionListsTheCountrysProjects() {
        var listing = countryProjects.of("DO", Locale.FRENCH);
        assertThat(listing.total()).isPositive();
        assertThat(listing.rows()).extracting(ProjectRow::title)
                .contains("Centre régional de santé et de sécurité au travail (CERSSO)");
    }

    @Test
    void theSeedsProjectsAreLoadedEachWithItsProvenance() {
        assertThat(jdbc.sql("select count(*) from projects.provenance where file_name = ?").param(DemoProjects.FILE)
                .query(Long.class).single()).isEqualTo(64);
        assertThat(jdbc.sql("""
                select f.name from projects.participant f join projects.provenance v on v.project_id = f.project_id
                where v.source_key = 'cersso' and f.role = 'FUNDING'""").query(String.class).list()).containsExactly("USDOL");
        assertThat(jdbc.sql("select count(*) from projects.participant where organisation_id is null and project_id in "
                + "(select project_id from projects.provenance where file_name = ?)").param(DemoProjects.FILE)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aDemoProjectIsFoundAndShownWithWhatTheSeedSays() throws Exception {
        mvc.perform(get("/projects").param("q", "FUNDACERSSO").locale(Locale.ENGLISH))
                .andExpect(content().string(containsString("Foundation in Support of the Regional Occupational Safety and Health Center")));
        long id = jdbc.sql("select project_id from projects.provenance where source_key = 'fundacersso'").query(Long.class).single();
        mvc.perform(get("/projects/" + id).locale(Locale.FRENCH))
                .andExpect(content().string(containsString("HRSDC")))
                .andExpect(content().string(containsString("Ce que disent les sources")));
    }
}
