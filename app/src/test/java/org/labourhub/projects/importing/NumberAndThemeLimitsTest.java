package org.labourhub.projects.importing;

import org.junit.jupiter.api.Test;
import org.labourhub.IntegrationTest;
import org.labourhub.accounts.Role;
import org.labourhub.accounts.SignedIn;
import org.labourhub.platform.Constituency;
import org.labourhub.projects.importing.iati.IatiSamples;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Amounts beyond their column and unknown themes get a message beside their field instead of a 500 or silence. */
@IntegrationTest
@AutoConfigureMockMvc
class NumberAndThemeLimitsTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    @Test
    void aBudgetBeyondItsColumnIsRefusedNamingTheLimit() throws Exception {
        long before = projects();
        for (String budget : new String[]{"1e400", "9".repeat(40), "-5"}) {
            String page = mvc.perform(entry(budget, "OSH").locale(Locale.ENGLISH)).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            assertThat(page).as(budget).contains("id=\"budget\"").containsAnyOf("Write the amount as a positive number",
                    "Enter a number from 0 to 9999999999999999.99");
        }
        assertThat(projects()).isEqualTo(before);
    }

    @Test
    void anUnknownThemeIsRefusedByName() throws Exception {
        long before = projects();
        mvc.perform(entry("1000", "NO_SUCH_THEME").locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Le thème « NO_SUCH_THEME » ne fait pas partie des thèmes de LabourHub")));
        assertThat(projects()).isEqualTo(before);
    }

    @Test
    void anExchangeRateBeyondItsColumnIsRefusedNamingTheLimit() throws Exception {
        for (String rate : new String[]{"1e400", "9".repeat(40)}) {
            mvc.perform(post("/projects/exchange-rates").with(csrf()).with(SignedIn.as("secretariat", Role.SECRETARIAT))
                            .locale(Locale.ENGLISH).param("currency", "XOF").param("year", "2024").param("unitsPerUsd", rate))
                    .andExpect(redirectedUrl("/projects/exchange-rates?invalid"))
                    .andExpect(flash().attribute("rateProblem", rate.contains("e")
                            ? "\"1e400\" is not a number: write digits, with a point or a comma before the decimals."
                            : "Enter a number from 0.000001 to 999999999999.999999."));
        }
        assertThat(jdbc.sql("select count(*) from projects.exchange_rate where currency = 'XOF'").query(Long.class).single()).isZero();
    }

    @Test
    void anImportedAmountBeyondWhatLabourHubHoldsIsLeftOutAndNamed(@Autowired org.labourhub.platform.jobs.Jobs jobs) throws Exception {
        String huge = IatiSamples.activity("XI-TEST-HUGE-1", "Presupuesto enorme", "GT", "")
                .replace(">100000.00</value>", ">1e400</value>");
        var job = ImportJobs.upload(mvc, jobs, "/projects/import/iati", "huge.xml",
                IatiSamples.file(huge), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(job.status()).isEqualTo(org.labourhub.platform.jobs.JobStatus.SUCCEEDED);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/projects/imports/" + job.id())
                        .with(SignedIn.as("secretariat", Role.SECRETARIAT)).locale(Locale.ENGLISH))
                .andExpect(content().string(containsString("1 record read: 1 imported, 0 refused.")))
                .andExpect(content().string(containsString("is beyond what LabourHub holds: at most 9999999999999999.99")));
        assertThat(jdbc.sql("select count(*) from projects.budget b join projects.project p on p.id = b.project_id where p.iati_identifier = 'XI-TEST-HUGE-1'")
                .query(Long.class).single()).as("the budget with the amount is left out").isZero();
    }

    private MockHttpServletRequestBuilder entry(String budget, String theme) {
        return post("/projects/entries").with(csrf()).with(SignedIn.focalPoint("focal.gt", "GT", Constituency.GOVERNMENT))
                .param("country", "GT").param("title.original", "es").param("title.es", "Entrada con límites")
                .param("status", "IMPLEMENTATION").param("plannedStart", "2024-01-01").param("plannedEnd", "2026-12-31")
                .param("themes", theme).param("budget", budget).param("currency", "GTQ").param("version", "0");
    }

    private long projects() {
        return jdbc.sql("select count(*) from projects.project").query(Long.class).single();
    }
}
