package org.labourhub.projects.entries;

import org.junit.jupiter.api.Test;
import org.labourhub.IntegrationTest;
import org.labourhub.accounts.Role;
import org.labourhub.accounts.SignedIn;
import org.labourhub.platform.Constituency;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A focal point records its country's activity, submits it; the secretariat validates and publishes it. */
@IntegrationTest
@AutoConfigureMockMvc
class CountryEntriesTest {

    static final RequestPostProcessor GUATEMALA = SignedIn.focalPoint("focal.gt", "GT", Constituency.GOVERNMENT);
    static final RequestPostProcessor PERU = SignedIn.focalPoint("focal.pe", "PE", Constituency.GOVERNMENT);
    static final RequestPostProcessor SECRETARIAT = SignedIn.as("secretariat", Role.SECRETARIAT);

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    @Test
    void anEntryGoesFromDraftToPublishedAndEveryStepIsAudited() throws Exception {
        String location = mvc.perform(entry(post("/projects/entries"), "GT", "Programa nacional de inspección móvil", "0").with(GUATEMALA))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/projects/entries/");
        long id = Long.parseLong(location.replaceAll("\\D+", ""));
        mvc.perform(get("/api/projects").param("q", "inspeccion movil")).andExpect(content().string(not(containsString("movil"))));
        mvc.perform(get("/projects/" + id)).andExpect(status().is3xxRedirection());

        mvc.perform(entry(post("/projects/entries/" + id), "GT", "Programa nacional de inspección móvil", "0").with(PERU))
                .andExpect(status().isForbidden());
        mvc.perform(entry(post("/projects/entries/" + id), "GT", "Programa nacional de inspección laboral móvil", "0").with(GUATEMALA))
                .andExpect(status().is3xxRedirection());
        mvc.perform(entry(post("/projects/entries/" + id), "GT", "Versión vieja", "0").with(GUATEMALA).locale(Locale.ENGLISH))
                .andExpect(content().string(containsString("Someone else changed this record")));

        move(id, "SUBMITTED", GUATEMALA).andExpect(status().is3xxRedirection());
        move(id, "PUBLISHED", GUATEMALA).andExpect(status().isForbidden());
        move(id, "VALIDATED", SECRETARIAT).andExpect(status().is3xxRedirection());
        move(id, "PUBLISHED", SECRETARIAT).andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/projects").param("q", "inspeccion laboral movil")).andExpect(content().string(containsString("XM-LABOURHUB-GT-")));
        assertThat(jdbc.sql("select count(*) from accounts.audit_event where record_type = 'projects.project' and record_id = ?")
                .param(String.valueOf(id)).query(Long.class).single()).isEqualTo(5);
        assertThat(jdbc.sql("select count(*) from projects.provenance where project_id = ? and source = 'COUNTRY'")
                .param(id).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void badInputIsExplainedNextToTheFieldAndNothingIsSaved() throws Exception {
        long before = jdbc.sql("select count(*) from projects.project").query(Long.class).single();
        mvc.perform(post("/projects/entries").with(csrf()).with(GUATEMALA).locale(Locale.FRENCH)
                        .param("country", "GT").param("title.original", "es").param("title.es", "")
                        .param("plannedStart", "2024-05-01").param("plannedEnd", "2023-01-01").param("budget", "mucho")
                        .param("currency", "USD").param("version", "0"))
                .andExpect(content().string(containsString("Donnez le titre dans sa langue de rédaction.")))
                .andExpect(content().string(containsString("La fin précède le début.")))
                .andExpect(content().string(containsString("Écrivez le montant comme un nombre positif")));
        assertThat(jdbc.sql("select count(*) from projects.project").query(Long.class).single()).isEqualTo(before);
        mvc.perform(entry(post("/projects/entries"), "PE", "Entrada para otro país", "0").with(GUATEMALA)).andExpect(status().isForbidden());
    }

    @Test
    void theFunderIsChosenByPartOfItsNameAndLinkedToTheDirectorysOrganisation() throws Exception {
        String options = mvc.perform(get("/organisations/suggestions").param("names", "true").param("q", "cooperacion espanola")
                .with(GUATEMALA).locale(Locale.forLanguageTag("es"))).andReturn().getResponse().getContentAsString();
        var aecid = org.jsoup.Jsoup.parseBodyFragment("<ul>" + options + "</ul>").selectFirst("li[role=option]:contains(AECID)");
        assertThat(aecid.attr("data-value")).isEqualTo("Agencia Española de Cooperación Internacional para el Desarrollo");

        String location = mvc.perform(post("/projects/entries").with(csrf()).with(GUATEMALA).param("country", "GT")
                        .param("title.original", "es").param("title.es", "Escuelas taller financiadas")
                        .param("funder", aecid.attr("data-value")).param("version", "0"))
                .andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.replaceAll("\\D+", ""));
        assertThat(jdbc.sql("""
                        select o.key from projects.participant p join directory.organisation o on o.id = p.organisation_id
                        where p.project_id = ? and p.role = 'FUNDING'""").param(id).query(String.class).list())
                .containsExactly("aecid");
    }

    private MockHttpServletRequestBuilder entry(MockHttpServletRequestBuilder request, String country, String title, String version) {
        return request.with(csrf()).param("country", country).param("title.original", "es").param("title.es", title)
                .param("status", "IMPLEMENTATION").param("plannedStart", "2024-01-01").param("plannedEnd", "2026-12-31")
                .param("themes", "LABOUR_ADMINISTRATION").param("funder", "Ministerio de Trabajo y Previsión Social")
                .param("budget", "250000").param("currency", "GTQ").param("version", version);
    }

    private org.springframework.test.web.servlet.ResultActions move(long id, String to, RequestPostProcessor who) throws Exception {
        int version = jdbc.sql("select version from projects.project where id = ?").param(id).query(Integer.class).single();
        return mvc.perform(post("/projects/entries/" + id + "/state").with(csrf()).with(who).param("to", to).param("version", String.valueOf(version)));
    }
}
