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

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The follow-up loop: the secretariat opens a cycle, a focal point reports, the secretariat approves, the report shows it. */
@IntegrationTest
@AutoConfigureMockMvc
class FollowUpTest {

    static final String PLAN = "ilo-migrant-workers-plan-of-action-2008";
    static final RequestPostProcessor SECRETARIAT = SignedIn.as("secretariat", Role.SECRETARIAT);
    static final RequestPostProcessor FOCAL_GT = SignedIn.focalPoint("focal.gt", "GT", Constituency.GOVERNMENT);
    static final RequestPostProcessor FOCAL_PE = SignedIn.focalPoint("focal.pe", "PE", Constituency.GOVERNMENT);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    PlansFixture fixture;

    @org.junit.jupiter.api.BeforeEach
    void fixture() {
        fixture = new PlansFixture(jdbc);
    }

    @Test
    void aFocalPointsApprovedUpdateAppearsInTheNextGeneratedReport() throws Exception {
        long plan = fixture.planId(PLAN);
        long activity = fixture.activity(PLAN, 0);
        fixture.assign(mvc, plan, activity, "ilo, mol-gt");
        long cycle = fixture.openCycle(mvc, plan, activity, "2008-12-31", "2009-01-31");

        mvc.perform(get("/me/assignments").with(FOCAL_GT).locale(Locale.FRENCH))
                .andExpect(content().string(containsString("État au 31 décembre 2008, à remettre le 31 janvier 2009")));
        String text = "Le cadre multilatéral a été diffusé aux mandants de la région en décembre 2008.";
        mvc.perform(post("/plans/{p}/activities/{a}/updates", plan, activity).with(csrf()).with(FOCAL_GT)
                        .param("cycleId", String.valueOf(cycle)).param("asOf", "2008-12-31").param("text", text)
                        .param("language", "fr").param("status", "COMPLETED"))
                .andExpect(redirectedUrlPattern("/plans/*/activities/*?submitted"));
        mvc.perform(get("/plans/{p}/reports/annex", plan).param("lang", "fr"))
                .andExpect(content().string(not(containsString(text))));

        long update = jdbc.sql("select id from plans.progress_update where activity_id = ? and state = 'SUBMITTED'")
                .param(activity).query(Long.class).single();
        mvc.perform(post("/plans/{p}/updates/{u}/approve", plan, update).with(csrf()).with(SECRETARIAT))
                .andExpect(redirectedUrlPattern("/plans/*/cycles/*?approved"));

        String report = mvc.perform(get("/plans/{p}/reports/annex", plan).param("lang", "fr"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(report).contains("État des travaux au 31 décembre 2008", text);
        assertThat(jdbc.sql("select status from plans.activity where id = ?").param(activity).query(String.class).single())
                .isEqualTo("COMPLETED");
        mvc.perform(post("/plans/{p}/updates/{u}/return", plan, update).with(csrf()).with(SECRETARIAT).param("comment", "late"))
                .andExpect(redirectedUrlPattern("/plans/*/cycles/*?alreadyReviewed"));
        assertThat(jdbc.sql("select state from plans.progress_update where id = ?").param(update).query(String.class).single())
                .as("an approved update is locked").isEqualTo("APPROVED");
        assertThat(jdbc.sql("select count(*) from accounts.audit_event where record_type = 'progress-update' and record_id = ?")
                .param(String.valueOf(update)).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void theSecretariatReturnsAnUpdateWithACommentAndSeesWhoIsOverdueAndRemindsThem() throws Exception {
        long plan = fixture.planId(PLAN);
        long activity = fixture.activity(PLAN, 1);
        long owing = fixture.activity(PLAN, 2);
        fixture.assign(mvc, plan, activity, "mol-gt");
        fixture.assign(mvc, plan, owing, "mol-gt");
        long cycle = fixture.openCycle(mvc, plan, activity, "2008-06-30", "2008-07-31", owing);
        mvc.perform(post("/plans/{p}/activities/{a}/updates", plan, activity).with(csrf()).with(FOCAL_GT)
                .param("cycleId", String.valueOf(cycle)).param("asOf", "2008-06-30").param("text", "Draft text")
                .param("language", "en").param("status", "ONGOING"));
        long update = jdbc.sql("select id from plans.progress_update where activity_id = ? and submitted_by = 'focal.gt'").param(activity).query(Long.class).single();
        mvc.perform(post("/plans/{p}/updates/{u}/return", plan, update).with(csrf()).with(SECRETARIAT)
                        .param("comment", "Please say which countries took part."))
                .andExpect(redirectedUrlPattern("/plans/*/cycles/*?returned"));
        mvc.perform(get("/plans/{p}/activities/{a}", plan, activity).with(FOCAL_GT).locale(Locale.ENGLISH))
                .andExpect(content().string(containsString("Secretariat&#39;s comment: Please say which countries took part.")));

        mvc.perform(get("/plans/{p}/cycles/{c}", plan, cycle).with(SECRETARIAT).locale(Locale.ENGLISH))
                .andExpect(content().string(containsString("2 activities to report on: 0 awaiting review, 0 approved, 2 still owed")))
                .andExpect(content().string(containsString("Updates were due on July 31, 2008")));
        mvc.perform(post("/plans/{p}/cycles/{c}/reminders", plan, cycle).with(csrf()).with(SECRETARIAT))
                .andExpect(redirectedUrlPattern("/plans/*/cycles/*?reminded=2"));
        mvc.perform(get("/me/assignments").with(FOCAL_GT).locale(Locale.forLanguageTag("es")))
                .andExpect(content().string(containsString("Recordatorio de la secretaría: su actualización del estado al 30 de junio de 2008 vencía el 31 de julio de 2008.")));
    }

    @Test
    void onlyTheSecretariatMaintainsPlansAndOnlyAssignedReportersReport() throws Exception {
        long plan = fixture.planId(PLAN);
        long activity = fixture.activity(PLAN, 3);
        fixture.assign(mvc, plan, activity, "mol-gt");
        long before = count();
        mvc.perform(post("/plans/{p}/activities/{a}/updates", plan, activity).with(csrf()).with(FOCAL_PE)
                        .param("asOf", "2008-06-30").param("text", "Not mine").param("language", "en").param("status", "ONGOING"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/plans/{p}/activities/{a}/updates", plan, activity).with(csrf())
                        .param("asOf", "2008-06-30").param("text", "Anonymous").param("language", "en").param("status", "ONGOING"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/plans/{p}/activities/{a}/edit", plan, activity).with(FOCAL_GT)).andExpect(status().isForbidden());
        mvc.perform(post("/plans/{p}/cycles", plan).with(csrf()).with(FOCAL_GT)
                .param("asOf", "2008-06-30").param("due", "2008-07-30").param("activityIds", String.valueOf(activity)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/plans/new").with(csrf()).with(FOCAL_GT).param("key", "sneaky").param("name.original", "en")
                .param("name.en", "Sneaky").param("levels", "Level")).andExpect(status().isForbidden());
        assertThat(count()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from plans.plan where key = 'sneaky'").query(Long.class).single()).isZero();
        mvc.perform(get("/plans/{p}/activities/{a}", plan, activity).with(FOCAL_PE).locale(Locale.ENGLISH))
                .andExpect(content().string(not(containsString("Submit for review"))));
        mvc.perform(get("/plans/{p}/activities/{a}", plan, activity).with(FOCAL_GT).locale(Locale.ENGLISH))
                .andExpect(content().string(containsString("Submit for review")));
    }

    @Test
    void anOrgansOfficerNamedByTheSecretariatReportsOnTheOrgansActivities() throws Exception {
        long plan = fixture.planId("oas-migrants-work-plan-2007");
        long activity = jdbc.sql("""
                        select a.id from plans.activity a join plans.activity_responsible r on r.activity_id = a.id
                        join directory.organisation o on o.id = r.organisation_id
                        where a.plan_id = ? and o.key = 'iachr' order by a.position limit 1""")
                .param(plan).query(Long.class).single();
        var officer = SignedIn.as("iachr.officer", Role.ANALYST);
        mvc.perform(post("/plans/{p}/activities/{a}/updates", plan, activity).with(csrf()).with(officer)
                        .param("asOf", "2007-06-30").param("text", "Web page updated").param("language", "en").param("status", "ONGOING"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/plans/reporters").with(csrf()).with(SECRETARIAT).locale(Locale.ENGLISH)
                        .param("username", "iachr.officer").param("organisation", "iachr"))
                .andExpect(content().string(containsString("Choose an organisation the directory knows.")));
        String iachr = String.valueOf(fixture.organisationId("iachr"));
        mvc.perform(post("/plans/reporters").with(csrf()).with(SECRETARIAT)
                        .param("username", "iachr.officer").param("organisation", iachr))
                .andExpect(redirectedUrlPattern("/plans/reporters?saved"));
        mvc.perform(post("/plans/{p}/activities/{a}/updates", plan, activity).with(csrf()).with(officer)
                        .param("asOf", "2007-06-30").param("text", "Web page updated").param("language", "en").param("status", "ONGOING"))
                .andExpect(redirectedUrlPattern("/plans/*/activities/*?submitted"));
        mvc.perform(post("/plans/reporters").with(csrf()).with(FOCAL_GT).param("username", "focal.gt").param("organisation", iachr))
                .andExpect(status().isForbidden());
    }

    private long count() {
        return jdbc.sql("select count(*) from plans.progress_update where submitted_by <> 'demo-data'").query(Long.class).single();
    }
}
