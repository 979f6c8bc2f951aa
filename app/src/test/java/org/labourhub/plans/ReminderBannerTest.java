package org.labourhub.plans;

import org.junit.jupiter.api.Test;
import org.labourhub.IntegrationTest;
import org.labourhub.accounts.Role;
import org.labourhub.accounts.SignedIn;
import org.jsoup.Jsoup;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** A reporter who owes overdue or reminded updates sees it on every page; nobody else does. */
@IntegrationTest
@AutoConfigureMockMvc
class ReminderBannerTest {

    static final RequestPostProcessor OFFICER = SignedIn.as("banner.officer", Role.ANALYST);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anOverdueOrRemindedUpdateShowsOnEveryPageUntilItIsSubmitted() throws Exception {
        long organisation = jdbc.sql("select id from directory.organisation order by id limit 1").query(Long.class).single();
        jdbc.sql("insert into plans.reporter (username, organisation_id) values ('banner.officer', ?)").param(organisation).update();
        long plan = sql("""
                insert into plans.plan (key, name, kind, status, levels) values ('banner-plan', '{"original":"en","en":"Plan"}',
                'WORK_PLAN', 'ACTIVE', '[{"original":"en","en":"Organ"}]') returning id""");
        long element = sql("insert into plans.element (plan_id, level, title, position) values (" + plan
                + ", 0, '{\"original\":\"en\",\"en\":\"Organ\"}', 1) returning id");
        long overdue = activity(plan, element, organisation, 1);
        long reminded = activity(plan, element, organisation, 2);
        long late = sql("insert into plans.reporting_cycle (plan_id, as_of, due, state, opened_by) values (" + plan
                + ", current_date - 40, current_date - 10, 'OPEN', 'secretariat') returning id");
        long current = sql("insert into plans.reporting_cycle (plan_id, as_of, due, state, opened_by) values (" + plan
                + ", current_date, current_date + 30, 'OPEN', 'secretariat') returning id");
        jdbc.sql("insert into plans.cycle_assignment values (?, ?), (?, ?)").params(late, overdue, current, reminded).update();
        assertThat(banner(OFFICER, "/plans")).startsWith("You have 1 progress update to submit that is overdue");

        jdbc.sql("insert into plans.reminder (cycle_id, activity_id, sent_by) values (?, ?, 'secretariat')")
                .params(current, reminded).update();
        assertThat(banner(OFFICER, "/plans")).startsWith("You have 2 progress updates to submit that are overdue");
        assertThat(banner(OFFICER, "/countries")).startsWith("You have 2");
        assertThat(Jsoup.parse(page(OFFICER, "/plans")).select(".reminder-banner a").attr("href")).isEqualTo("/me/assignments");

        jdbc.sql("""
                insert into plans.progress_update (activity_id, cycle_id, as_of, text, state, submitted_by)
                values (?, ?, current_date, '{"original":"en","en":"Done"}', 'SUBMITTED', 'banner.officer')""")
                .params(overdue, late).update();
        assertThat(banner(OFFICER, "/plans")).startsWith("You have 1 progress update to submit");
        jdbc.sql("update plans.reporting_cycle set state = 'CLOSED' where id = ?").param(current).update();
        assertThat(banner(OFFICER, "/plans")).isEmpty();
        assertThat(banner(SignedIn.as("secretariat", Role.SECRETARIAT), "/plans")).isEmpty();
        assertThat(Jsoup.parse(mvc.perform(get("/plans").locale(Locale.ENGLISH)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).select(".reminder-banner")).isEmpty();
    }

    private long activity(long plan, long element, long organisation, int position) {
        long id = sql("insert into plans.activity (plan_id, element_id, title, calendar_kind, position) values (" + plan
                + ", " + element + ", '{\"original\":\"en\",\"en\":\"Report " + position + "\"}', 'ANNUAL', " + position + ") returning id");
        jdbc.sql("insert into plans.activity_responsible (activity_id, organisation_id, lead) values (?, ?, true)")
                .params(id, organisation).update();
        return id;
    }

    private String banner(RequestPostProcessor who, String path) throws Exception {
        return Jsoup.parse(page(who, path)).select(".reminder-banner").text();
    }

    private String page(RequestPostProcessor who, String path) throws Exception {
        return mvc.perform(get(path).with(who).locale(Locale.ENGLISH)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private long sql(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
