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
import java.time.LocalDate;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Values a plan cannot hold are refused with a message naming the limit: far-future dates, negative or huge counts, percentages above 100. */
@IntegrationTest
@AutoConfigureMockMvc
class InputLimitsTest {

    static final RequestPostProcessor SECRETARIAT = SignedIn.as("secretariat", Role.SECRETARIAT);

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    @Test
    void aProgressUpdateDatedInTheYear3000IsRefused() throws Exception {
        var fixture = new PlansFixture(jdbc);
        long plan = fixture.planId(FollowUpTest.PLAN);
        long activity = fixture.activity(FollowUpTest.PLAN, 11);
        long before = updates(activity);
        String page = mvc.perform(post("/plans/{p}/activities/{a}/updates", plan, activity).with(csrf()).with(SECRETARIAT)
                        .locale(Locale.ENGLISH).param("asOf", "3000-01-01").param("text", "From the future")
                        .param("language", "en").param("status", "ONGOING"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("date must lie between January 1, 1950 and " + java.time.format.DateTimeFormatter
                        .ofLocalizedDate(java.time.format.FormatStyle.LONG).withLocale(Locale.ENGLISH).format(LocalDate.now().plusYears(1)))
                .contains("From the future");
        assertThat(updates(activity)).isEqualTo(before);
    }

    private long updates(long activity) {
        return jdbc.sql("select count(*) from plans.progress_update where activity_id = ?").param(activity).query(Long.class).single();
    }

    @Test
    void aDateWithAYearPostgresCannotHoldIsAFieldMessage() throws Exception {
        mvc.perform(post("/plans/new").with(csrf()).with(SECRETARIAT).locale(Locale.ENGLISH)
                        .param("key", "far-future-plan").param("name.original", "en").param("name.en", "Far future")
                        .param("kind", "WORK_PLAN").param("status", "DRAFT").param("levels", "Activity")
                        .param("periodStart", "2020-01-01").param("periodEnd", "+99999999-12-31"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
                        org.hamcrest.Matchers.containsString("Write the date as YYYY-MM-DD, with a four-digit year.")));
        assertThat(jdbc.sql("select count(*) from plans.plan where key = 'far-future-plan'").query(Long.class).single()).isZero();
    }

    @Test
    void countsAndPercentagesStayWithinTheirRange() throws Exception {
        long count = indicator("NUMBER");
        long percentage = indicator("PERCENTAGE");
        assertRefused(count, "-5", "Enter a number from 0 to 999999999999999.");
        assertRefused(count, "1".repeat(60), "Enter a number from 0 to 999999999999999.");
        assertRefused(count, "2.5", "Enter a whole number, without decimals.");
        assertRefused(percentage, "101", "Enter a number from 0 to 100.");
        assertRefused(percentage, "-1", "Enter a number from 0 to 100.");
    }

    private void assertRefused(long indicator, String value, String message) throws Exception {
        long before = values(indicator);
        long plan = jdbc.sql("select e.plan_id from plans.indicator i join plans.element e on e.id = i.element_id where i.id = ?")
                .param(indicator).query(Long.class).single();
        String page = mvc.perform(post("/plans/{p}/indicators/{i}/values", plan, indicator).with(csrf()).with(SECRETARIAT)
                        .locale(Locale.ENGLISH).param("periodStart", "2019-01-01").param("periodEnd", "2019-12-31")
                        .param("value", value))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).as(value).contains("id=\"value-error\"").contains(message);
        assertThat(values(indicator)).isEqualTo(before);
    }

    /** A new indicator of the strategic plan measured so, made through its form. */
    private long indicator(String measure) throws Exception {
        long plan = new PlansFixture(jdbc).planId("ri-strategic-plan-2018-2021");
        long element = jdbc.sql("select min(id) from plans.element where plan_id = ?").param(plan).query(Long.class).single();
        String location = mvc.perform(post("/plans/{p}/elements/{e}/indicators/new", plan, element).with(csrf()).with(SECRETARIAT)
                        .param("name.original", "en").param("name.en", "Limits " + measure).param("measure", measure))
                .andExpect(redirectedUrlPattern("/plans/*/indicators/*?saved")).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1, location.indexOf('?')));
    }

    private long values(long indicator) {
        return jdbc.sql("select count(*) from plans.indicator_value where indicator_id = ?").param(indicator).query(Long.class).single();
    }
}
