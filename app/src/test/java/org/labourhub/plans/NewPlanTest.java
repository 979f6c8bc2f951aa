package org.labourhub.plans;

import org.junit.jupiter.api.Test;
import org.labourhub.IntegrationTest;
import org.labourhub.accounts.Role;
import org.labourhub.accounts.SignedIn;
import org.labourhub.plans.reports.PlanReportKind;
import org.labourhub.platform.Constituency;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;

/** A plan created through the form with only its required fields (no owners, period, description) can be read by everyone. */
@IntegrationTest
@AutoConfigureMockMvc
class NewPlanTest {

    @Autowired
    MockMvc mvc;

    @Test
    void aPlanWithOnlyItsRequiredFieldsIsShownToEveryRole() throws Exception {
        String location = mvc.perform(post("/plans/new").with(csrf()).with(SignedIn.as("secretariat", Role.SECRETARIAT))
                        .param("key", "bare-plan").param("name.original", "en").param("name.en", "Bare plan")
                        .param("kind", "WORK_PLAN").param("status", "ACTIVE").param("levels", "Activity"))
                .andExpect(redirectedUrlPattern("/plans/*?saved")).andReturn().getResponse().getRedirectedUrl();
        String plan = location.substring(0, location.indexOf('?'));
        var pages = new ArrayList<>(List.of("/plans", plan, plan + "/timeline", "/api/plans", "/api/plans/" + plan.substring(7),
                "/api/plans/" + plan.substring(7) + "/timeline"));
        for (PlanReportKind kind : PlanReportKind.values()) {
            for (String format : List.of("html", "docx", "pdf")) {
                pages.add(plan + "/reports/" + kind.path() + "?format=" + format);
            }
        }
        var problems = new ArrayList<String>();
        for (RequestPostProcessor reader : List.of(SignedIn.as("secretariat", Role.SECRETARIAT),
                SignedIn.focalPoint("focal.gt", "GT", Constituency.GOVERNMENT), SignedIn.as("analyst", Role.ANALYST), anonymous())) {
            for (String page : pages) {
                int status = mvc.perform(get(page).with(reader)).andReturn().getResponse().getStatus();
                if (status != 200) {
                    problems.add(page + " → " + status);
                }
            }
        }
        assertThat(problems).isEmpty();
    }
}
