package org.labourhub.plans;

import org.labourhub.accounts.Role;
import org.labourhub.accounts.SignedIn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.util.Arrays;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;

/** Steps the plans tests share: find demo records, assign an activity, open a cycle — all through the web. */
final class PlansFixture {

    private final JdbcClient jdbc;

    PlansFixture(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long planId(String key) {
        return jdbc.sql("select id from plans.plan where key = ?").param(key).query(Long.class).single();
    }

    /** The n-th activity of a demo plan (tests take different ones so that they do not disturb each other). */
    long activity(String planKey, int n) {
        return jdbc.sql("select id from plans.activity where plan_id = ? order by position, id offset ? limit 1")
                .params(planId(planKey), n).query(Long.class).single();
    }

    int version(long activityId) {
        return jdbc.sql("select version from plans.activity where id = ?").param(activityId).query(Integer.class).single();
    }

    /**
     * The secretariat makes these organisations (named by their directory keys, lead first) responsible for the
     * activity through its edit form, which posts the ids its type-ahead chose.
     */
    void assign(MockMvc mvc, long planId, long activityId, String keys) throws Exception {
        mvc.perform(edit(planId, activityId, version(activityId)).param("responsible", organisationIds(keys)))
                .andExpect(redirectedUrlPattern("/plans/*/activities/*?saved"));
    }

    /** The directory ids of organisations named by their keys ("ilo, mol-gt"), in that order. */
    String[] organisationIds(String keys) {
        return Arrays.stream(keys.split(",\\s*")).map(key -> String.valueOf(organisationId(key))).toArray(String[]::new);
    }

    long organisationId(String key) {
        return jdbc.sql("select id from directory.organisation where key = ?").param(key).query(Long.class).single();
    }

    /** The activity's edit form as the secretariat posts it, with the title kept. */
    org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder edit(long planId, long activityId, int version) {
        String title = jdbc.sql("select title->>'fr' from plans.activity where id = ?").param(activityId).query(String.class).single();
        return post("/plans/{p}/activities/{a}/edit", planId, activityId).with(csrf())
                .with(SignedIn.as("secretariat", Role.SECRETARIAT))
                .param("title.original", "fr").param("title.fr", title).param("calendarKind", "TEXT")
                .param("version", String.valueOf(version));
    }

    long openCycle(MockMvc mvc, long planId, long activityId, String asOf, String due, long... more) throws Exception {
        var request = post("/plans/{p}/cycles", planId).with(csrf()).with(SignedIn.as("secretariat", Role.SECRETARIAT))
                .param("asOf", asOf).param("due", due).param("activityIds", String.valueOf(activityId));
        Arrays.stream(more).forEach(id -> request.param("activityIds", String.valueOf(id)));
        String location = mvc.perform(request).andExpect(redirectedUrlPattern("/plans/*/cycles/*"))
                .andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }
}
