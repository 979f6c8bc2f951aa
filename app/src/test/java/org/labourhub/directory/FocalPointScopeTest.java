package org.labourhub.directory;

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

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The penetration test's cases: a focal point changes only the directory records of its own country and its own
 * constituency, and attaches nothing to another country's records. Each refusal leaves the data as it was.
 */
@IntegrationTest
@AutoConfigureMockMvc
class FocalPointScopeTest {

    static final RequestPostProcessor WORKERS_BR = SignedIn.focalPoint("focal.br.workers", "BR", Constituency.WORKERS);
    static final RequestPostProcessor GOVERNMENT_GT = SignedIn.focalPoint("focal.gt", "GT", Constituency.GOVERNMENT);
    static final RequestPostProcessor SECRETARIAT = SignedIn.as("secretariat", Role.SECRETARIAT);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void brazilsWorkersFocalPointCannotEditBrazilsMinistryOfLabour() throws Exception {
        long ministry = organisation("mol-br");
        String before = row("directory.organisation", ministry);
        assertThat(page("/organisations/" + ministry, WORKERS_BR)).doesNotContain("/organisations/" + ministry + "/edit");
        mvc.perform(get("/organisations/{id}/edit", ministry).with(WORKERS_BR)).andExpect(status().isForbidden());
        mvc.perform(write("/organisations/" + ministry + "/edit", WORKERS_BR).param("type", "MINISTRY_OF_LABOUR")
                        .param("name.original", "pt").param("name.pt", "Ministério tomado").param("country", "BR")
                        .param("version", String.valueOf(version("directory.organisation", ministry))))
                .andExpect(status().isForbidden());
        assertThat(row("directory.organisation", ministry)).isEqualTo(before);
        assertThat(page("/organisations/" + ministry, SECRETARIAT)).contains("/organisations/" + ministry + "/edit");
    }

    @Test
    void brazilsWorkersFocalPointCannotEditTheGovernmentFocalPointNorItsRole() throws Exception {
        long person = governmentFocalPersonOfBrazil();
        long role = jdbc.sql("select id from directory.focal_point where person_id = ?").param(person).query(Long.class).single();
        String personBefore = row("directory.person", person);
        String roleBefore = row("directory.focal_point", role);
        String page = page("/people/" + person, WORKERS_BR);
        assertThat(page).doesNotContain("/people/" + person + "/edit", "/focal-points/" + role + "/edit");
        mvc.perform(get("/people/{id}/edit", person).with(WORKERS_BR)).andExpect(status().isForbidden());
        mvc.perform(write("/people/" + person + "/edit", WORKERS_BR).param("position.original", "pt")
                        .param("position.pt", "Cargo tomado").param("country", "BR")
                        .param("version", String.valueOf(version("directory.person", person))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/focal-points/{id}/edit", role).with(WORKERS_BR)).andExpect(status().isForbidden());
        mvc.perform(write("/focal-points/" + role + "/edit", WORKERS_BR).param("country", "BR").param("constituency", "WORKERS")
                        .param("version", String.valueOf(version("directory.focal_point", role))))
                .andExpect(status().isForbidden());
        assertThat(row("directory.person", person)).isEqualTo(personBefore);
        assertThat(row("directory.focal_point", role)).isEqualTo(roleBefore);
        assertThat(page("/people/" + person, SECRETARIAT)).contains("/people/" + person + "/edit", "/focal-points/" + role + "/edit");
    }

    @Test
    void onlyTheGovernmentFocalPointOfBrazilKeepsBrazilsProfile() throws Exception {
        String before = jdbc.sql("select coalesce(summary::text, '') || version from directory.country where iso2 = 'BR'").query(String.class).optional().orElse("");
        assertThat(page("/countries/BR", WORKERS_BR)).doesNotContain("/countries/BR/edit");
        mvc.perform(get("/countries/BR/edit").with(WORKERS_BR)).andExpect(status().isForbidden());
        mvc.perform(write("/countries/BR/edit", WORKERS_BR).param("summary.original", "pt").param("summary.pt", "Perfil tomado")
                .param("version", String.valueOf(jdbc.sql("select version from directory.country where iso2 = 'BR'")
                        .query(Integer.class).single()))).andExpect(status().isForbidden());
        assertThat(jdbc.sql("select coalesce(summary::text, '') || version from directory.country where iso2 = 'BR'").query(String.class).optional().orElse(""))
                .isEqualTo(before);
    }

    @Test
    void guatemalasFocalPointCannotGiveABrazilianPersonAGuatemalanRole() throws Exception {
        long person = governmentFocalPersonOfBrazil();
        long roles = roles(person);
        assertThat(page("/people/" + person, GOVERNMENT_GT)).doesNotContain("/people/" + person + "/focal-points/new");
        mvc.perform(get("/people/{id}/focal-points/new", person).with(GOVERNMENT_GT)).andExpect(status().isForbidden());
        mvc.perform(write("/people/" + person + "/focal-points/new", GOVERNMENT_GT).param("country", "GT")
                .param("constituency", "GOVERNMENT").param("version", "0")).andExpect(status().isForbidden());
        assertThat(roles(person)).isEqualTo(roles);
    }

    @Test
    void guatemalasFocalPointCannotAttachAPersonToBrazilsMinistry() throws Exception {
        long ministry = organisation("mol-br");
        long people = count("directory.person");
        mvc.perform(write("/people/new", GOVERNMENT_GT).param("position.original", "es").param("position.es", "Infiltrado")
                .param("country", "GT").param("organisationId", String.valueOf(ministry)).param("version", "0"))
                .andExpect(status().isForbidden());
        assertThat(count("directory.person")).isEqualTo(people);
        assertThat(page("/people/new", GOVERNMENT_GT)).doesNotContain("value=\"" + ministry + "\"")
                .contains("value=\"" + organisation("mol-gt") + "\"");
    }

    @Test
    void guatemalasFocalPointCannotHangAnOrganisationUnderBrazilsMinistry() throws Exception {
        long ministry = organisation("mol-br");
        long organisations = count("directory.organisation");
        mvc.perform(write("/organisations/new", GOVERNMENT_GT).param("type", "OTHER_MINISTRY")
                .param("name.original", "es").param("name.es", "Oficina colgada").param("country", "GT")
                .param("parentId", String.valueOf(ministry)).param("version", "0")).andExpect(status().isForbidden());
        assertThat(count("directory.organisation")).isEqualTo(organisations);
        mvc.perform(write("/organisations/new", GOVERNMENT_GT).param("type", "OTHER_MINISTRY")
                .param("name.original", "es").param("name.es", "Oficina de inspección de prueba").param("country", "GT")
                .param("parentId", String.valueOf(organisation("mol-gt"))).param("version", "0"))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void aFocalPointKeepsTheOrganisationsOfItsOwnConstituencyOnly() throws Exception {
        mvc.perform(write("/organisations/new", WORKERS_BR).param("type", "MINISTRY_OF_LABOUR").param("name.original", "pt")
                .param("name.pt", "Outro ministério").param("country", "BR").param("version", "0")).andExpect(status().isForbidden());
        String location = mvc.perform(write("/organisations/new", WORKERS_BR).param("type", "WORKERS").param("name.original", "pt")
                        .param("name.pt", "Central sindical de teste").param("country", "BR").param("version", "0"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long union = Long.parseLong(location.replaceAll("\\D+(\\d+)\\D*", "$1"));
        assertThat(page("/organisations/" + union, WORKERS_BR)).contains("/organisations/" + union + "/edit");
        assertThat(page("/organisations/" + union, GOVERNMENT_GT)).doesNotContain("/organisations/" + union + "/edit");
        mvc.perform(write("/organisations/" + union + "/edit", WORKERS_BR).param("type", "WORKERS").param("name.original", "pt")
                        .param("name.pt", "Central sindical de teste").param("country", "BR")
                        .param("website", "https://sindicato.example.br").param("version", "0"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(write("/organisations/" + union + "/edit", WORKERS_BR).param("type", "WORKERS").param("name.original", "pt")
                        .param("name.pt", "Central sindical de teste").param("country", "BR")
                        .param("parentId", String.valueOf(organisation("mol-br"))).param("version", "1"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select parent_id from directory.organisation where id = ?").param(union).query(Long.class).optional())
                .isEmpty();
    }

    private MockHttpServletRequestBuilder write(String path, RequestPostProcessor who) {
        return post(path).with(csrf()).with(who);
    }

    private String page(String path, RequestPostProcessor who) throws Exception {
        return mvc.perform(get(path).with(who)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private long governmentFocalPersonOfBrazil() {
        return jdbc.sql("""
                select p.id from directory.person p join directory.focal_point f on f.person_id = p.id
                where p.organisation_id = ? and f.country_iso2 = 'BR' and f.constituency = 'GOVERNMENT'""")
                .param(organisation("mol-br")).query(Long.class).single();
    }

    private long organisation(String key) {
        return jdbc.sql("select id from directory.organisation where key = ?").param(key).query(Long.class).single();
    }

    private long roles(long person) {
        return jdbc.sql("select count(*) from directory.focal_point where person_id = ?").param(person).query(Long.class).single();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private int version(String table, long id) {
        return jdbc.sql("select version from " + table + " where id = ?").param(id).query(Integer.class).single();
    }

    private String row(String table, long id) {
        return jdbc.sql("select to_jsonb(t)::text from " + table + " t where id = ?").param(id).query(String.class).single();
    }
}
