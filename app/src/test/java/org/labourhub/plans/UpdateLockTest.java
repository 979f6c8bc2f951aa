package org.labourhub.plans;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.labourhub.IntegrationTest;
import org.labourhub.accounts.Role;
import org.labourhub.accounts.SignedIn;
import org.labourhub.platform.i18n.Language;
import org.labourhub.platform.i18n.MultilingualText;
import org.labourhub.platform.web.ConcurrentEdit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An update approved for a cycle locks the cycle for its activity: a second one is refused until the secretariat
 * reopens the cycle with a reason; two approvals, or an approval and a new submission, racing cannot both succeed.
 */
@IntegrationTest
@AutoConfigureMockMvc
class UpdateLockTest {

    // status dates before the follow-up test's 31 December 2008, which its generated report must show as the latest

    static final RequestPostProcessor SECRETARIAT = FollowUpTest.SECRETARIAT;
    static final RequestPostProcessor COLLEAGUE = SignedIn.as("secretariat.two", Role.SECRETARIAT);
    static final RequestPostProcessor FOCAL_GT = FollowUpTest.FOCAL_GT;

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired CycleReports reports;
    @Autowired ProgressUpdates updates;
    @Autowired TransactionTemplate transactions;
    @Autowired WebApplicationContext web;
    PlansFixture fixture;
    long plan;

    @BeforeEach
    void fixture() {
        fixture = new PlansFixture(jdbc);
        plan = fixture.planId(FollowUpTest.PLAN);
    }

    @Test
    void aSecondUpdateAfterApprovalIsRefusedUntilTheSecretariatReopensTheCycle() throws Exception {
        long activity = fixture.activity(FollowUpTest.PLAN, 14);
        fixture.assign(mvc, plan, activity, "mol-gt");
        long cycle = fixture.openCycle(mvc, plan, activity, "2008-02-29", "2008-03-31");
        submit(activity, cycle, "First report").andExpect(redirectedUrlPattern("/plans/*/activities/*?submitted"));
        approve(latest(activity), SECRETARIAT).andExpect(redirectedUrlPattern("/plans/*/cycles/*?approved"));

        String refused = submit(activity, cycle, "Second report").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("The update for this reporting cycle was already approved and is locked");
        assertThat(count(activity, cycle)).isEqualTo(1);
        String page = page(activity, FOCAL_GT, Locale.ENGLISH);
        assertThat(page).contains("Approved on " + today(Locale.ENGLISH) + " by secretariat; locked.",
                        "ask the secretariat to reopen the cycle for this activity")
                .doesNotContain("activities/" + activity + "/updates\"", "/reopen\"");
        assertThat(page(activity, SECRETARIAT, Locale.forLanguageTag("es")))
                .contains("Aprobada el " + today(Locale.forLanguageTag("es")) + " por secretariat; bloqueada.", "Reabrir");

        mvc.perform(post("/plans/{p}/cycles/{c}/activities/{a}/reopen", plan, cycle, activity).with(csrf()).with(FOCAL_GT)
                .param("reason", "Mine")).andExpect(status().isForbidden());
        mvc.perform(post("/plans/{p}/cycles/{c}/activities/{a}/reopen", plan, cycle, activity).with(csrf()).with(SECRETARIAT)
                .param("reason", " ")).andExpect(redirectedUrlPattern("/plans/*/activities/*?reasonNeeded"));
        submit(activity, cycle, "Still refused").andExpect(status().isOk());
        mvc.perform(post("/plans/{p}/cycles/{c}/activities/{a}/reopen", plan, cycle, activity).with(csrf()).with(SECRETARIAT)
                .param("reason", "The ministry sent corrected figures.")).andExpect(redirectedUrlPattern("/plans/*/activities/*?reopened"));
        assertThat(page(activity, FOCAL_GT, Locale.ENGLISH))
                .contains("Reopened on " + today(Locale.ENGLISH) + " by secretariat: The ministry sent corrected figures.")
                .contains("activities/" + activity + "/updates\"");

        submit(activity, cycle, "Corrected report").andExpect(redirectedUrlPattern("/plans/*/activities/*?submitted"));
        assertThat(state(latest(activity))).as("the new update goes through review again").isEqualTo("SUBMITTED");
        approve(latest(activity), SECRETARIAT).andExpect(redirectedUrlPattern("/plans/*/cycles/*?approved"));
        submit(activity, cycle, "Third report").andExpect(status().isOk());
        assertThat(count(activity, cycle)).isEqualTo(2);
        assertThat(jdbc.sql("""
                        select count(*) from accounts.audit_event where record_type = 'progress-update' and actor = 'secretariat'
                        and after::text like '%corrected figures%'""").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void ofTwoApprovalsAtTheSameMomentOneWinsAndTheOtherIsToldWhy() throws Exception {
        long activity = fixture.activity(FollowUpTest.PLAN, 15);
        fixture.assign(mvc, plan, activity, "mol-gt");
        long cycle = fixture.openCycle(mvc, plan, activity, "2008-04-30", "2008-05-31");
        submit(activity, cycle, "A first version").andExpect(redirectedUrlPattern("/plans/*/activities/*?submitted"));
        submit(activity, cycle, "A corrected version").andExpect(redirectedUrlPattern("/plans/*/activities/*?submitted"));
        List<Long> submitted = jdbc.sql("select id from plans.progress_update where activity_id = ? and cycle_id = ? order by id")
                .params(activity, cycle).query(Long.class).list();

        // the requests are made beforehand: preparing one (its CSRF token) is not meant to run in two threads at once
        List<RequestBuilder> approvals = List.of(prepared(approval(submitted.get(0), SECRETARIAT)),
                prepared(approval(submitted.get(1), COLLEAGUE)));
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(2);
        List<Future<String>> outcomes = new ArrayList<>();
        for (RequestBuilder approval : approvals) {
            outcomes.add(pool.submit((Callable<String>) () -> {
                start.await();
                return mvc.perform(approval).andReturn().getResponse().getRedirectedUrl();
            }));
        }
        start.countDown();
        List<String> answers = new ArrayList<>();
        for (var outcome : outcomes) {
            answers.add(outcome.get());
        }
        pool.shutdown();

        assertThat(answers).filteredOn(a -> a.endsWith("?approved")).hasSize(1);
        assertThat(answers).filteredOn(a -> a.endsWith("?locked") || a.endsWith("?raced")).hasSize(1);
        assertThat(jdbc.sql("select count(*) from plans.progress_update where activity_id = ? and cycle_id = ? and state = 'APPROVED'")
                .params(activity, cycle).query(Long.class).single()).isEqualTo(1);
        String loser = answers.stream().filter(a -> !a.endsWith("?approved")).findFirst().orElseThrow();
        assertThat(mvc.perform(get(loser + "=").with(SECRETARIAT).locale(Locale.FRENCH)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).containsAnyOf(
                "Une autre mise à jour de cette activité a déjà été approuvée dans ce cycle",
                "Quelqu&#39;un d&#39;autre a examiné cette mise à jour");
    }

    @Test
    void aReportReadBeforeAnotherStepWasWrittenIsRefused() throws Exception {
        long activity = fixture.activity(FollowUpTest.PLAN, 16);
        fixture.assign(mvc, plan, activity, "mol-gt");
        long cycle = fixture.openCycle(mvc, plan, activity, "2008-05-31", "2008-06-30");
        submit(activity, cycle, "One").andExpect(redirectedUrlPattern("/plans/*/activities/*?submitted"));
        submit(activity, cycle, "Two").andExpect(redirectedUrlPattern("/plans/*/activities/*?submitted"));
        List<Long> submitted = jdbc.sql("select id from plans.progress_update where activity_id = ? and cycle_id = ? order by id")
                .params(activity, cycle).query(Long.class).list();

        CycleReport first = reports.of(cycle, activity).orElseThrow();
        CycleReport second = reports.of(cycle, activity).orElseThrow();
        CycleReport third = reports.of(cycle, activity).orElseThrow();
        transactions.executeWithoutResult(t -> reports.approved(first, first.approve(update(submitted.get(0)), "secretariat")));
        assertThatThrownBy(() -> transactions.executeWithoutResult(t ->
                reports.approved(second, second.approve(update(submitted.get(1)), "secretariat.two"))))
                .as("an approval racing another").isInstanceOf(ConcurrentEdit.class);
        assertThatThrownBy(() -> transactions.executeWithoutResult(t -> reports.submitted(third,
                third.submit(LocalDate.of(2008, 5, 31), MultilingualText.of(Language.EN, "Late"), ActivityStatus.ONGOING, "focal.gt"))))
                .as("a submission racing an approval").isInstanceOf(ConcurrentEdit.class);
        assertThatThrownBy(() -> reports.of(cycle, activity).orElseThrow()
                .submit(LocalDate.of(2008, 5, 31), MultilingualText.of(Language.EN, "Late"), ActivityStatus.ONGOING, "focal.gt"))
                .isInstanceOf(CycleReport.Refused.class);
        assertThatThrownBy(() -> jdbc.sql("update plans.progress_update set state = 'APPROVED' where id = ?")
                .param(submitted.get(1)).update())
                .as("the database keeps a second approval out too").isInstanceOf(DuplicateKeyException.class);
        assertThat(count(activity, cycle)).isEqualTo(2);
    }

    private ProgressUpdate update(long id) {
        return updates.byId(id).orElseThrow();
    }

    private org.springframework.test.web.servlet.ResultActions submit(long activity, long cycle, String text) throws Exception {
        return mvc.perform(post("/plans/{p}/activities/{a}/updates", plan, activity).with(csrf()).with(FOCAL_GT)
                .locale(Locale.ENGLISH).param("cycleId", String.valueOf(cycle)).param("asOf", "2008-02-29")
                .param("text", text).param("language", "en").param("status", "ONGOING"));
    }

    private org.springframework.test.web.servlet.ResultActions approve(long update, RequestPostProcessor reviewer) throws Exception {
        return mvc.perform(approval(update, reviewer));
    }

    private MockHttpServletRequestBuilder approval(long update, RequestPostProcessor reviewer) {
        return post("/plans/{p}/updates/{u}/approve", plan, update).with(csrf()).with(reviewer);
    }

    private RequestBuilder prepared(MockHttpServletRequestBuilder builder) {
        MockHttpServletRequest request = builder.postProcessRequest(builder.buildRequest(web.getServletContext()));
        return context -> request;
    }

    private String page(long activity, RequestPostProcessor who, Locale locale) throws Exception {
        return mvc.perform(get("/plans/{p}/activities/{a}", plan, activity).with(who).locale(locale))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static String today(Locale locale) {
        return java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG).withLocale(locale)
                .format(LocalDate.now());
    }

    private long latest(long activity) {
        return jdbc.sql("select max(id) from plans.progress_update where activity_id = ?").param(activity).query(Long.class).single();
    }

    private long count(long activity, long cycle) {
        return jdbc.sql("select count(*) from plans.progress_update where activity_id = ? and cycle_id = ?")
                .params(activity, cycle).query(Long.class).single();
    }

    private String state(long update) {
        return jdbc.sql("select state from plans.progress_update where id = ?").param(update).query(String.class).single();
    }
}
