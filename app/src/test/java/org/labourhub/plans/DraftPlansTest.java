package org.labourhub.plans;

import org.junit.jupiter.api.Test;
import org.labourhub.IntegrationTest;
import org.labourhub.accounts.Role;
import org.labourhub.accounts.SignedIn;
import org.labourhub.platform.Constituency;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A plan in draft is "not found" (404, so that its existence is not revealed) for anonymous readers and accounts that
 * neither maintain plans nor report on one of its activities; it is left out of the lists. Published plans stay public.
 */
@IntegrationTest
@AutoConfigureMockMvc
class DraftPlansTest {

    static final RequestPostProcessor SECRETARIAT = SignedIn.as("secretariat", Role.SECRETARIAT);
    static final RequestPostProcessor FOCAL_PE = SignedIn.focalPoint("focal.pe", "PE", Constituency.GOVERNMENT);
    static final RequestPostProcessor WORKERS_BR = SignedIn.focalPoint("focal.br.workers", "BR", Constituency.WORKERS);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aDraftIsNotFoundForThePublicAndLeftOutOfTheLists() throws Exception {
        long draft = draftAssignedToPeru();
        String key = "draft-scope-test";
        long activity = jdbc.sql("select id from plans.activity where plan_id = ?").param(draft).query(Long.class).single();
        String[] pages = {"/api/plans/" + draft, "/api/plans/" + draft + "/timeline", "/plans/" + draft,
                "/plans/" + draft + "/timeline", "/plans/" + draft + "/reports/annex",
                "/plans/" + draft + "/activities/" + activity};
        for (RequestPostProcessor outsider : new RequestPostProcessor[]{anonymous(), WORKERS_BR,
                SignedIn.as("analyst", Role.ANALYST)}) {
            for (String page : pages) {
                mvc.perform(get(page).with(outsider)).andExpect(status().isNotFound());
            }
            assertThat(body("/api/plans", outsider)).doesNotContain(key).contains("ilo-tc-implementation-plan-2000");
            assertThat(body("/plans", outsider)).doesNotContain("/plans/" + draft + "\"");
        }
        for (RequestPostProcessor insider : new RequestPostProcessor[]{SECRETARIAT, SignedIn.as("admin", Role.ADMIN), FOCAL_PE}) {
            for (String page : pages) {
                mvc.perform(get(page).with(insider)).andExpect(status().isOk());
            }
            assertThat(body("/api/plans", insider)).contains(key);
        }
    }

    @Test
    void theDemoDraftIsHiddenUntilPublished() throws Exception {
        long cimt = jdbc.sql("select id from plans.plan where key = 'cimt-wg2-recommendations' and status = 'DRAFT'")
                .query(Long.class).single();
        mvc.perform(get("/api/plans/{id}", cimt)).andExpect(status().isNotFound());
        mvc.perform(get("/plans/{id}/reports/recommendations", cimt)).andExpect(status().isNotFound());
        mvc.perform(get("/api/plans/{id}", cimt).with(SECRETARIAT)).andExpect(status().isOk());
        long published = jdbc.sql("select id from plans.plan where key = 'ilo-tc-implementation-plan-2000'").query(Long.class).single();
        mvc.perform(get("/api/plans/{id}", published)).andExpect(status().isOk());
        mvc.perform(get("/plans/{id}", published)).andExpect(status().isOk());
    }

    /** A new draft plan whose one activity the Peruvian ministry of labour is responsible for. */
    private long draftAssignedToPeru() throws Exception {
        String location = mvc.perform(post("/plans/new").with(csrf()).with(SECRETARIAT)
                        .param("key", "draft-scope-test").param("name.original", "es").param("name.es", "Plan en borrador")
                        .param("kind", "OPERATIONAL_PLAN").param("status", "DRAFT").param("levels", "Resultado\nActividad"))
                .andExpect(redirectedUrlPattern("/plans/*?saved")).andReturn().getResponse().getRedirectedUrl();
        long plan = Long.parseLong(location.replaceAll("\\D", ""));
        mvc.perform(post("/plans/{p}/elements/new", plan).with(csrf()).with(SECRETARIAT)
                        .param("number", "1").param("title.original", "es").param("title.es", "Resultado en borrador"))
                .andExpect(redirectedUrlPattern("/plans/*?saved#element-*"));
        long element = jdbc.sql("select id from plans.element where plan_id = ?").param(plan).query(Long.class).single();
        mvc.perform(post("/plans/{p}/elements/{e}/activities/new", plan, element).with(csrf()).with(SECRETARIAT)
                        .param("number", "1.1").param("title.original", "es").param("title.es", "Actividad en borrador")
                        .param("calendarKind", "DATES").param("start", "2027-02-01").param("end", "2027-06-30")
                        .param("status", "PLANNED").param("responsible", new PlansFixture(jdbc).organisationIds("mol-pe")))
                .andExpect(redirectedUrlPattern("/plans/*/activities/*?saved"));
        return plan;
    }

    private String body(String path, RequestPostProcessor who) throws Exception {
        return mvc.perform(get(path).with(who)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
