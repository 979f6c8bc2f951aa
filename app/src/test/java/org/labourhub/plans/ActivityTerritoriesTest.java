package org.labourhub.plans;

import org.junit.jupiter.api.Test;
import org.labourhub.IntegrationTest;
import org.labourhub.accounts.Actor;
import org.labourhub.accounts.Role;
import org.labourhub.accounts.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;

/**
 * An activity names the territories it works in on its form; they are shown on its page, kept in the audit trail,
 * and given to the risk maps for a country, except those of a draft plan to readers who may not see it.
 */
@IntegrationTest
@AutoConfigureMockMvc
class ActivityTerritoriesTest {

    static final RequestPostProcessor SECRETARIAT = SignedIn.as("secretariat", Role.SECRETARIAT);

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired ActivityTerritories territories;

    @Test
    void anActivitysTerritoriesAreSavedShownAuditedAndChangedOnItsForm() throws Exception {
        long plan = plan("territories-active-test", "ACTIVE");
        long activity = activity(plan, "Inspección en La Paz", "BO-L, bo-c");

        mvc.perform(get("/plans/{p}/activities/{a}", plan, activity).locale(Locale.ENGLISH))
                .andExpect(content().string(containsString("Territories worked in")))
                .andExpect(content().string(containsString(">BO-C<")));
        mvc.perform(get("/plans/{p}/activities/{a}/edit", plan, activity).with(SECRETARIAT))
                .andExpect(content().string(containsString("value=\"BO-L, BO-C\"")));
        assertThat(audited(activity, "CREATE")).contains("\"territories\":[\"BO-L\",\"BO-C\"]");

        var fixture = new PlansFixture(jdbc);
        mvc.perform(edit(plan, activity, fixture.version(activity), "BO-L, Potosí").locale(Locale.ENGLISH))
                .andExpect(content().string(containsString("“Potosí” is not a territory code")));
        assertThat(territories.of(activity)).extracting(c -> c.value()).containsExactly("BO-L", "BO-C");

        mvc.perform(edit(plan, activity, fixture.version(activity), "BO-P"))
                .andExpect(redirectedUrlPattern("/plans/*/activities/*?saved"));
        assertThat(territories.of(activity)).extracting(c -> c.value()).containsExactly("BO-P");
        assertThat(audited(activity, "UPDATE")).contains("\"territories\":[\"BO-P\"]");
    }

    @Test
    void theActivitiesOfADraftPlanAreGivenOnlyToThoseWhoMayReadIt() throws Exception {
        long open = activity(plan("territories-open-test", "ACTIVE"), "Escuelas en Oruro", "BO-O");
        long draft = activity(plan("territories-draft-test", "DRAFT"), "Borrador en Tarija", "BO-T");

        assertThat(territories.visibleTo(Actor.ANONYMOUS, "BO")).extracting(ActivityTerritories.WorkingActivity::id)
                .contains(open).doesNotContain(draft);
        assertThat(territories.visibleTo(new Actor("secretariat", Role.SECRETARIAT, null, null), "BO"))
                .extracting(ActivityTerritories.WorkingActivity::id).contains(open, draft);
        assertThat(territories.visibleTo(Actor.ANONYMOUS, "PE")).extracting(ActivityTerritories.WorkingActivity::id)
                .doesNotContain(open);
        var found = territories.visibleTo(Actor.ANONYMOUS, "BO").stream().filter(a -> a.id() == open).findFirst()
                .orElseThrow();
        assertThat(found.territories()).containsExactly("BO-O");
        assertThat(found.title().in(Locale.forLanguageTag("es"))).isEqualTo("Escuelas en Oruro");
    }

    private long plan(String key, String status) throws Exception {
        String location = mvc.perform(post("/plans/new").with(csrf()).with(SECRETARIAT)
                        .param("key", key).param("name.original", "es").param("name.es", "Plan " + key)
                        .param("kind", "OPERATIONAL_PLAN").param("status", status).param("levels", "Resultado\nActividad"))
                .andExpect(redirectedUrlPattern("/plans/*?saved")).andReturn().getResponse().getRedirectedUrl();
        long plan = Long.parseLong(location.replaceAll("\\D", ""));
        mvc.perform(post("/plans/{p}/elements/new", plan).with(csrf()).with(SECRETARIAT)
                        .param("number", "1").param("title.original", "es").param("title.es", "Resultado"))
                .andExpect(redirectedUrlPattern("/plans/*?saved#element-*"));
        return plan;
    }

    private long activity(long plan, String title, String codes) throws Exception {
        long element = jdbc.sql("select id from plans.element where plan_id = ?").param(plan).query(Long.class).single();
        String location = mvc.perform(post("/plans/{p}/elements/{e}/activities/new", plan, element).with(csrf())
                        .with(SECRETARIAT).param("title.original", "es").param("title.es", title)
                        .param("calendarKind", "TEXT").param("territories", codes))
                .andExpect(redirectedUrlPattern("/plans/*/activities/*?saved")).andReturn().getResponse()
                .getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1, location.indexOf('?')));
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder edit(long plan, long activity,
                                                                                            int version, String codes) {
        String title = jdbc.sql("select title->>'es' from plans.activity where id = ?").param(activity)
                .query(String.class).single();
        return post("/plans/{p}/activities/{a}/edit", plan, activity).with(csrf()).with(SECRETARIAT)
                .param("title.original", "es").param("title.es", title).param("calendarKind", "TEXT")
                .param("territories", codes).param("version", String.valueOf(version));
    }

    private String audited(long activity, String action) {
        return jdbc.sql("""
                        select after::text from accounts.audit_event where record_type = 'activity' and record_id = ?
                        and action = ? order by id desc limit 1""")
                .params(String.valueOf(activity), action).query(String.class).single().replace(" ", "");
    }
}
