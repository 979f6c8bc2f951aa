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

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** Every plans page renders for the secretariat with no message key left unresolved (all keys exist in all four bundles: MessageBundlesTest). */
@IntegrationTest
@AutoConfigureMockMvc
class PlanPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void everyPageRenders() throws Exception {
        var fixture = new PlansFixture(jdbc);
        long plan = fixture.planId("ri-strategic-plan-2018-2021");
        long element = jdbc.sql("select min(id) from plans.element where plan_id = ?").param(plan).query(Long.class).single();
        long indicator = jdbc.sql("select min(id) from plans.indicator where element_id = ?").param(element).query(Long.class).single();
        long tc = fixture.planId("ilo-tc-implementation-plan-2000");
        long activity = fixture.activity("ilo-tc-implementation-plan-2000", 0);
        long cycle = fixture.openCycle(mvc, tc, activity, "2000-12-31", "2001-01-31");
        List<String> pages = List.of("/plans", "/plans/new", "/plans/reporters", "/me/assignments",
                "/plans/" + plan, "/plans/" + plan + "/edit", "/plans/" + plan + "/timeline", "/plans/" + tc + "/timeline",
                "/plans/" + plan + "/indicators/" + indicator, "/plans/" + plan + "/elements/new",
                "/plans/" + plan + "/elements/new?parent=" + element, "/plans/" + plan + "/elements/" + element + "/activities/new",
                "/plans/" + plan + "/elements/" + element + "/indicators/new", "/plans/" + tc, "/plans/" + tc + "/cycles",
                "/plans/" + tc + "/cycles/" + cycle, "/plans/" + tc + "/activities/" + activity,
                "/plans/" + tc + "/activities/" + activity + "/edit");
        var problems = new ArrayList<String>();
        for (String lang : List.of("fr", "pt")) {
            for (String page : pages) {
                var response = mvc.perform(get(page).param("lang", lang).with(SignedIn.as("secretariat", Role.SECRETARIAT)))
                        .andReturn().getResponse();
                String body = response.getContentAsString(StandardCharsets.UTF_8);
                if (response.getStatus() != 200 || body.contains("??")) {
                    problems.add(lang + " " + page + " → " + response.getStatus());
                }
            }
        }
        var focal = mvc.perform(get("/me/assignments").with(SignedIn.focalPoint("focal.pe", "PE", Constituency.GOVERNMENT)))
                .andReturn().getResponse();
        assertThat(focal.getStatus()).isEqualTo(200);
        assertThat(problems).isEmpty();
    }
}
