package org.labourhub.platform.jobs;

import org.junit.jupiter.api.Test;
import org.labourhub.IntegrationTest;
import org.labourhub.accounts.Role;
import org.labourhub.accounts.SignedIn;
import org.labourhub.platform.Constituency;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.util.Locale;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A job's page shows a labelled progress bar that htmx refreshes while the job runs, to its owner and the secretariat. */
@IntegrationTest
@AutoConfigureMockMvc
class JobPageTest {

    @Autowired MockMvc mvc;
    @Autowired Jobs jobs;
    @Autowired JdbcClient jdbc;

    @Test
    void theOwnerSeesALabelledProgressBarThatPollsWhileRunning() throws Exception {
        long id = jobs.submit("test.page", "focal.gt", Map.of());
        jdbc.sql("update platform.job set status = 'RUNNING', done = 30, total = 120, heartbeat = now() where id = ?").param(id).update();
        mvc.perform(get("/jobs/" + id).with(SignedIn.focalPoint("focal.gt", "GT", Constituency.GOVERNMENT)).locale(Locale.ENGLISH))
                .andExpect(content().string(containsString("<label for=\"job-bar\">In progress</label>")))
                .andExpect(content().string(containsString("<progress id=\"job-bar\" max=\"100\" value=\"25\">")))
                .andExpect(content().string(containsString("hx-trigger=\"every 1s\"")));
        mvc.perform(get("/jobs/" + id).header("HX-Request", "true").with(SignedIn.as("secretariat", Role.SECRETARIAT)))
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("30 of 120 items processed (25%)")));
        mvc.perform(get("/jobs/" + id).with(SignedIn.focalPoint("focal.pe", "PE", Constituency.GOVERNMENT)))
                .andExpect(status().isForbidden());
        jdbc.sql("update platform.job set status = 'SUCCEEDED', done = 120 where id = ?").param(id).update();
        mvc.perform(get("/jobs/" + id).with(SignedIn.focalPoint("focal.gt", "GT", Constituency.GOVERNMENT)))
                .andExpect(content().string(not(containsString("hx-trigger"))));
    }
}
