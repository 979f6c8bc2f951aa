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

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The secretariat builds a plan through the forms; every write is audited; the plan is readable as JSON. */
@IntegrationTest
@AutoConfigureMockMvc
class PlanTreeTest {

    static final RequestPostProcessor SECRETARIAT = SignedIn.as("secretariat", Role.SECRETARIAT);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theSecretariatBuildsAPlanWhoseActivitiesReachTheirReporters() throws Exception {
        mvc.perform(post("/plans/new").with(csrf()).with(SECRETARIAT).locale(Locale.FRENCH)
                        .param("key", "gt-child-labour-2026").param("name.original", "es").param("name.es", "Plan nacional 2026")
                        .param("kind", "OPERATIONAL_PLAN").param("status", "DRAFT").param("levels", "Resultado\nActividad")
                        .param("periodStart", "2026-12-31").param("periodEnd", "2026-01-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("La fin précède le début (31 décembre 2026).")));
        String location = mvc.perform(post("/plans/new").with(csrf()).with(SECRETARIAT)
                        .param("key", "gt-child-labour-2026").param("name.original", "es").param("name.es", "Plan nacional 2026")
                        .param("kind", "OPERATIONAL_PLAN").param("status", "DRAFT").param("levels", "Resultado\nActividad")
                        .param("periodStart", "2026-01-01").param("periodEnd", "2026-12-31"))
                .andExpect(redirectedUrlPattern("/plans/*?saved")).andReturn().getResponse().getRedirectedUrl();
        long plan = Long.parseLong(location.replaceAll("\\D", ""));

        mvc.perform(post("/plans/{p}/elements/new", plan).with(csrf()).with(SECRETARIAT)
                        .param("number", "1").param("title.original", "es").param("title.es", "Prevención"))
                .andExpect(redirectedUrlPattern("/plans/*?saved#element-*"));
        long element = jdbc.sql("select id from plans.element where plan_id = ?").param(plan).query(Long.class).single();
        mvc.perform(post("/plans/{p}/elements/{e}/activities/new", plan, element).with(csrf()).with(SECRETARIAT)
                        .param("number", "1.1").param("title.original", "es").param("title.es", "Talleres con inspectores")
                        .param("calendarKind", "DATES").param("start", "2026-02-01").param("end", "2026-06-30")
                        .param("status", "PLANNED").param("responsible", new PlansFixture(jdbc).organisationIds("mol-gt, ilo")))
                .andExpect(redirectedUrlPattern("/plans/*/activities/*?saved"));
        mvc.perform(post("/plans/{p}/elements/{e}/indicators/new", plan, element).with(csrf()).with(SECRETARIAT)
                        .locale(Locale.ENGLISH).param("number", "1.a").param("name.original", "es")
                        .param("name.es", "Número de inspecciones").param("measure", "NUMBER").param("baseline", "unos diez"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("&quot;unos diez&quot; is not a number.")));
        mvc.perform(post("/plans/{p}/elements/{e}/indicators/new", plan, element).with(csrf()).with(SECRETARIAT)
                        .param("number", "1.a").param("name.original", "es").param("name.es", "Número de inspecciones")
                        .param("measure", "NUMBER").param("baseline", "10").param("baselineYear", "2025"))
                .andExpect(redirectedUrlPattern("/plans/*/indicators/*?saved"));

        mvc.perform(get("/me/assignments").with(SignedIn.focalPoint("focal.gt", "GT", Constituency.GOVERNMENT)).locale(Locale.ENGLISH))
                .andExpect(content().string(containsString("1.1 Talleres con inspectores")));
        mvc.perform(get("/api/plans/{p}", plan).with(SECRETARIAT).param("lang", "en"))
                .andExpect(jsonPath("$.elements[0].activities[0].responsible").value("MINTRAB, ILO"))
                .andExpect(jsonPath("$.elements[0].indicators[0].baseline").value(10));
        mvc.perform(get("/api/plans/{p}", plan).with(SECRETARIAT).param("lang", "es"))
                .andExpect(jsonPath("$.elements[0].activities[0].responsible").value("MINTRAB, OIT"))
                .andExpect(jsonPath("$.elements[0].indicators[0].baseline").value(10));
        mvc.perform(get("/api/plans/{p}/timeline", plan).with(SECRETARIAT)).andExpect(jsonPath("$[0].start").value("2026-02-01"));
        assertThat(jdbc.sql("""
                        select count(*) from accounts.audit_event where actor = 'secretariat'
                        and record_type in ('plan', 'plan-element', 'activity', 'indicator') and at > now() - interval '1 minute'""")
                .query(Long.class).single()).isGreaterThanOrEqualTo(4);
    }
}
