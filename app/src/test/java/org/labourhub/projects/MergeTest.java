package org.labourhub.projects;

import org.junit.jupiter.api.Test;
import org.labourhub.IntegrationTest;
import org.labourhub.accounts.Role;
import org.labourhub.accounts.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/** The seeds' CERSSO appears twice (country record and an imported copy): found as a candidate, merged, undone. */
@IntegrationTest
@AutoConfigureMockMvc
class MergeTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired ProjectSearch search;

    @Test
    void aDuplicateAcrossSourcesIsProposedMergedWithItsProvenanceKeptAndTheMergeUndone() throws Exception {
        long cersso = jdbc.sql("select project_id from projects.provenance where source_key = 'cersso'").query(Long.class).single();
        long copy = copyAsOasRecord(cersso);
        mvc.perform(get("/projects/duplicates").with(SignedIn.as("secretariat", Role.SECRETARIAT)).locale(Locale.ENGLISH))
                .andExpect(content().string(containsString("name=\"merge\" value=\"" + copy + "\"")));

        mvc.perform(post("/projects/duplicates/merge").with(csrf()).with(SignedIn.as("secretariat", Role.SECRETARIAT))
                .param("keep", String.valueOf(cersso)).param("merge", String.valueOf(copy)));
        mvc.perform(get("/projects/" + copy)).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/projects/" + cersso));
        mvc.perform(get("/projects/" + cersso).locale(Locale.ENGLISH))
                .andExpect(content().string(containsString("cersso-oas-copy")))
                .andExpect(content().string(containsString("OAS portfolio of consolidated programmes")));
        mvc.perform(get("/api/projects").param("q", "CERSSO")).andExpect(content().string(not(containsString("\"id\":" + copy + ","))));

        long merge = jdbc.sql("select id from projects.merge where merged_id = ?").param(copy).query(Long.class).single();
        mvc.perform(post("/projects/merges/" + merge + "/undo").with(csrf()).with(SignedIn.as("secretariat", Role.SECRETARIAT)));
        assertThat(jdbc.sql("select merged_into from projects.project where id = ?").param(copy).query(Long.class).optional()).isEmpty();
        mvc.perform(get("/api/projects").param("q", "CERSSO")).andExpect(content().string(containsString("\"id\":" + copy + ",")));
        assertThat(jdbc.sql("select count(*) from accounts.audit_event where record_type = 'projects.merge' and record_id = ?")
                .param(String.valueOf(merge)).query(Long.class).single()).isEqualTo(2);

        mvc.perform(post("/projects/duplicates/distinct").with(csrf()).with(SignedIn.as("secretariat", Role.SECRETARIAT))
                .param("first", String.valueOf(copy)).param("second", String.valueOf(cersso)));
        mvc.perform(get("/projects/duplicates").with(SignedIn.as("secretariat", Role.SECRETARIAT)))
                .andExpect(content().string(not(containsString("name=\"keep\" value=\"" + cersso + "\"><input type=\"hidden\" name=\"merge\" value=\"" + copy + "\""))));
    }

    /** The same project as the OAS portfolio would list it, under its own key and with a slightly different title. */
    private long copyAsOasRecord(long original) {
        long id = jdbc.sql("""
                insert into projects.project (iati_identifier, title, status)
                select 'XM-OAS-CERSSO', jsonb_build_object('original', 'es', 'es', 'Centro Regional de Seguridad y Salud Ocupacional (CERSSO), copia OEA'), status
                from projects.project where id = ? returning id""").param(original).query(Long.class).single();
        jdbc.sql("insert into projects.recipient_country (project_id, iso2) values (?, 'DO')").param(id).update();
        jdbc.sql("insert into projects.participant (project_id, role, name) values (?, 'FUNDING', 'USDOL')").param(id).update();
        jdbc.sql("insert into projects.provenance (project_id, source, source_key, imported_by) values (?, 'OAS_PORTFOLIO', 'cersso-oas-copy', 'test')")
                .param(id).update();
        jdbc.sql("update projects.project set organisation_names = 'USDOL' where id = ?").param(id).update();
        search.forget(); // as every writer of projects does
        return id;
    }
}
