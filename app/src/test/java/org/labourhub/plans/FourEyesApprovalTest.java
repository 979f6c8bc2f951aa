package org.labourhub.plans;

import org.junit.jupiter.api.Test;
import org.labourhub.IntegrationTest;
import org.labourhub.accounts.Role;
import org.labourhub.accounts.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;

/** Four-eyes approval (on by default): the secretariat cannot approve a progress update it wrote itself; a colleague can. */
@IntegrationTest
@AutoConfigureMockMvc
class FourEyesApprovalTest {

    static final RequestPostProcessor AUTHOR = SignedIn.as("secretariat", Role.SECRETARIAT);
    static final RequestPostProcessor COLLEAGUE = SignedIn.as("secretariat.two", Role.SECRETARIAT);

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    @Test
    void theAuthorOfAnUpdateCannotApproveIt() throws Exception {
        var fixture = new PlansFixture(jdbc);
        long plan = fixture.planId(FollowUpTest.PLAN);
        long activity = fixture.activity(FollowUpTest.PLAN, 10);
        long cycle = fixture.openCycle(mvc, plan, activity, "2008-03-31", "2008-04-30");
        mvc.perform(post("/plans/{p}/activities/{a}/updates", plan, activity).with(csrf()).with(AUTHOR)
                        .param("cycleId", String.valueOf(cycle)).param("asOf", "2008-03-31").param("text", "Written by the secretariat")
                        .param("language", "en").param("status", "ONGOING"))
                .andExpect(redirectedUrlPattern("/plans/*/activities/*?submitted"));
        long update = jdbc.sql("select id from plans.progress_update where activity_id = ? and state = 'SUBMITTED'")
                .param(activity).query(Long.class).single();

        String page = mvc.perform(get("/plans/{p}/cycles/{c}", plan, cycle).with(AUTHOR).locale(Locale.ENGLISH))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("You wrote this update: another member of the secretariat approves it.")
                .doesNotContain("/updates/" + update + "/approve");
        mvc.perform(post("/plans/{p}/updates/{u}/approve", plan, update).with(csrf()).with(AUTHOR))
                .andExpect(redirectedUrlPattern("/plans/*/cycles/*?ownUpdate"));
        mvc.perform(get("/plans/{p}/cycles/{c}", plan, cycle).param("ownUpdate", "").with(AUTHOR).locale(Locale.FRENCH))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
                        org.hamcrest.Matchers.containsString("principe des quatre yeux")));
        assertThat(state(update)).isEqualTo("SUBMITTED");

        assertThat(mvc.perform(get("/plans/{p}/cycles/{c}", plan, cycle).with(COLLEAGUE)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("/updates/" + update + "/approve");
        mvc.perform(post("/plans/{p}/updates/{u}/approve", plan, update).with(csrf()).with(COLLEAGUE))
                .andExpect(redirectedUrlPattern("/plans/*/cycles/*?approved"));
        assertThat(state(update)).isEqualTo("APPROVED");
    }

    @Test
    void withFourEyesOffTheAuthorMayApprove() {
        var own = ProgressUpdate.submitted(1, null, java.time.LocalDate.of(2008, 3, 31),
                org.labourhub.platform.i18n.MultilingualText.of(org.labourhub.platform.i18n.Language.EN, "text"), null, "secretariat");
        assertThat(new PlansSettings(true).mayApprove("secretariat", own)).isFalse();
        assertThat(new PlansSettings(true).mayApprove("secretariat.two", own)).isTrue();
        assertThat(new PlansSettings(false).mayApprove("secretariat", own)).isTrue();
    }

    private String state(long update) {
        return jdbc.sql("select state from plans.progress_update where id = ?").param(update).query(String.class).single();
    }
}
