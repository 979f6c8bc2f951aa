package org.labourhub.plans;

import org.junit.jupiter.api.BeforeEach;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Item 9: each kind of bad input is refused with a message beside the field, in the reader's language, and nothing saved is lost. */
@IntegrationTest
@AutoConfigureMockMvc
class BadInputTest {

    static final RequestPostProcessor SECRETARIAT = SignedIn.as("secretariat", Role.SECRETARIAT);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    PlansFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new PlansFixture(jdbc);
    }

    @Test
    void aNonNumericValueForANumericIndicatorIsRefused() throws Exception {
        long plan = fixture.planId("ri-strategic-plan-2018-2021");
        long indicator = indicator(plan, "5.1");
        long before = values(indicator);
        mvc.perform(post("/plans/{p}/indicators/{i}/values", plan, indicator).with(csrf()).with(SECRETARIAT)
                        .locale(Locale.FRENCH).param("periodStart", "2019-01-01").param("periodEnd", "2019-12-31")
                        .param("value", "vingt-huit"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"value-error\"")))
                .andExpect(content().string(containsString("« vingt-huit » n&#39;est pas un nombre.")));
        assertThat(values(indicator)).isEqualTo(before);
        mvc.perform(post("/plans/{p}/indicators/{i}/values", plan, indicator).with(csrf()).with(SECRETARIAT)
                        .param("periodStart", "2019-01-01").param("periodEnd", "2019-12-31").param("value", "29,0")
                        .param("country", "gt").param("sex", "FEMALE"))
                .andExpect(redirectedUrlPattern("/plans/*/indicators/*?saved"));
        assertThat(jdbc.sql("select amount from plans.indicator_value where indicator_id = ? and country_iso2 = 'GT'")
                .param(indicator).query(java.math.BigDecimal.class).single()).isEqualByComparingTo("29");
    }

    @Test
    void aTargetPeriodOutsideThePlanIsRefused() throws Exception {
        long plan = fixture.planId("ri-strategic-plan-2018-2021");
        long indicator = indicator(plan, "1.1");
        mvc.perform(post("/plans/{p}/indicators/{i}/targets", plan, indicator).with(csrf()).with(SECRETARIAT)
                        .locale(Locale.forLanguageTag("es")).param("periodStart", "2024-01-01").param("periodEnd", "2024-12-31")
                        .param("value", "10"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("El período de la meta debe estar dentro del período del plan (del 1 de enero de 2018 al 31 de diciembre de 2021).")));
        assertThat(jdbc.sql("select count(*) from plans.indicator_target where indicator_id = ?").param(indicator)
                .query(Long.class).single()).isZero();
        mvc.perform(post("/plans/{p}/indicators/{i}/targets", plan, indicator).with(csrf()).with(SECRETARIAT)
                        .param("periodStart", "2021-01-01").param("periodEnd", "2021-12-31").param("value", "12"))
                .andExpect(redirectedUrlPattern("/plans/*/indicators/*?saved"));
    }

    @Test
    void anEndBeforeTheStartIsRefused() throws Exception {
        long plan = fixture.planId(FollowUpTest.PLAN);
        long activity = fixture.activity(FollowUpTest.PLAN, 5);
        int version = fixture.version(activity);
        mvc.perform(fixture.edit(plan, activity, version).locale(Locale.forLanguageTag("pt"))
                        .param("start", "2009-06-01").param("end", "2009-01-31").param("calendarKind", "DATES"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"end-error\"")))
                .andExpect(content().string(containsString("O fim é anterior ao início (1 de junho de 2009).")));
        assertThat(fixture.version(activity)).isEqualTo(version);
    }

    @Test
    void anUpdateSubmittedAfterItsCycleClosedIsRefused() throws Exception {
        long plan = fixture.planId(FollowUpTest.PLAN);
        long activity = fixture.activity(FollowUpTest.PLAN, 6);
        fixture.assign(mvc, plan, activity, "mol-gt");
        long cycle = fixture.openCycle(mvc, plan, activity, "2008-09-30", "2008-10-31");
        mvc.perform(post("/plans/{p}/cycles/{c}/close", plan, cycle).with(csrf()).with(SECRETARIAT))
                .andExpect(redirectedUrlPattern("/plans/*/cycles/*"));
        mvc.perform(post("/plans/{p}/activities/{a}/updates", plan, activity).with(csrf())
                        .with(SignedIn.focalPoint("focal.gt", "GT", Constituency.GOVERNMENT)).locale(Locale.FRENCH)
                        .param("cycleId", String.valueOf(cycle)).param("asOf", "2008-09-30").param("text", "Trop tard")
                        .param("language", "fr").param("status", "ONGOING"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Le cycle de rapport de l&#39;état au 30 septembre 2008 est clos")))
                .andExpect(content().string(containsString("Trop tard")));
        assertThat(jdbc.sql("select count(*) from plans.progress_update where activity_id = ? and submitted_by = 'focal.gt'").param(activity)
                .query(Long.class).single()).isZero();
    }

    @Test
    void twoPeopleEditingTheSameActivityDoNotOverwriteEachOther() throws Exception {
        long plan = fixture.planId(FollowUpTest.PLAN);
        long activity = fixture.activity(FollowUpTest.PLAN, 7);
        int version = fixture.version(activity);
        mvc.perform(fixture.edit(plan, activity, version).param("number", "first-editor"))
                .andExpect(redirectedUrlPattern("/plans/*/activities/*?saved"));
        mvc.perform(fixture.edit(plan, activity, version).param("number", "second-editor").locale(Locale.ENGLISH))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone else changed this record")))
                .andExpect(content().string(containsString("second-editor")));
        assertThat(jdbc.sql("select number from plans.activity where id = ?").param(activity).query(String.class).single())
                .isEqualTo("first-editor");
    }

    @Test
    void responsibleOrganisationsTheDirectoryDoesNotKnowAreRefused() throws Exception {
        long plan = fixture.planId(FollowUpTest.PLAN);
        long activity = fixture.activity(FollowUpTest.PLAN, 8);
        mvc.perform(fixture.edit(plan, activity, fixture.version(activity))
                        .param("responsible", String.valueOf(fixture.organisationId("ilo")), "999999999", "mol-gt")
                        .locale(Locale.ENGLISH))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The directory no longer knows one of the chosen organisations or networks; choose again.")));
    }

    @Test
    void aStalePlanFormDoesNotOverwriteTheNewerPlan() throws Exception {
        long plan = fixture.planId("ri-operational-plan-2018-2019");
        int version = jdbc.sql("select version from plans.plan where id = ?").param(plan).query(Integer.class).single();
        String name = jdbc.sql("select name->>'fr' from plans.plan where id = ?").param(plan).query(String.class).single();
        mvc.perform(post("/plans/{p}/edit", plan).with(csrf()).with(SECRETARIAT).param("name.original", "fr")
                        .param("name.fr", name).param("kind", "OPERATIONAL_PLAN").param("status", "ACTIVE")
                        .param("periodStart", "2018-01-01").param("periodEnd", "2019-12-31")
                        .param("levels", "Résultat\nProduit\nActivité").param("version", String.valueOf(version)))
                .andExpect(redirectedUrlPattern("/plans/*?saved"));
        mvc.perform(post("/plans/{p}/edit", plan).with(csrf()).with(SECRETARIAT).locale(Locale.ENGLISH).param("name.original", "fr")
                        .param("name.fr", name).param("kind", "OPERATIONAL_PLAN").param("status", "CLOSED")
                        .param("periodStart", "2018-01-01").param("periodEnd", "2019-12-31")
                        .param("levels", "Résultat\nProduit\nActivité").param("version", String.valueOf(version)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone else changed this record")));
        assertThat(jdbc.sql("select status from plans.plan where id = ?").param(plan).query(String.class).single()).isEqualTo("ACTIVE");
        assertThat(jdbc.sql("select levels->1->>'en' from plans.plan where id = ?").param(plan).query(String.class).single())
                .as("level translations are kept").isEqualTo("Product");
    }

    private long indicator(long plan, String number) {
        return jdbc.sql("select i.id from plans.indicator i join plans.element e on e.id = i.element_id where e.plan_id = ? and i.number = ?")
                .params(plan, number).query(Long.class).single();
    }

    private long values(long indicator) {
        return jdbc.sql("select count(*) from plans.indicator_value where indicator_id = ?").param(indicator).query(Long.class).single();
    }
}
