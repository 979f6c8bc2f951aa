package org.labourhub.plans;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.labourhub.IntegrationTest;
import org.labourhub.accounts.Role;
import org.labourhub.accounts.SignedIn;
import org.labourhub.platform.Constituency;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The secretariat edits and deletes elements, indicators and activities; published progress is never deleted. */
@IntegrationTest
@AutoConfigureMockMvc
class PlanTreeChangesTest {

    static final RequestPostProcessor SECRETARIAT = SignedIn.as("secretariat", Role.SECRETARIAT);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    long plan;
    long result;
    long product;
    long indicator;
    long activity;

    /** A plan "Résultat → Produit" with one result, a product below it, an indicator and an activity on the product. */
    @BeforeEach
    void plan() {
        String key = "changes-" + System.nanoTime();
        plan = insert("""
                insert into plans.plan (key, name, kind, status, levels) values (?, '{"original":"fr","fr":"Plan"}',
                'WORK_PLAN', 'ACTIVE', '[{"original":"fr","fr":"Résultat"},{"original":"fr","fr":"Produit"}]') returning id""", key);
        result = insert("""
                insert into plans.element (plan_id, level, number, title, position)
                values (?, 0, '1', '{"original":"fr","fr":"Emploi"}', 1) returning id""", plan);
        product = jdbc.sql("""
                        insert into plans.element (plan_id, parent_id, level, number, title, position)
                        values (?, ?, 1, '1.1', '{"original":"fr","fr":"Formation"}', 2) returning id""")
                .params(plan, result).query(Long.class).single();
        indicator = insert("""
                insert into plans.indicator (element_id, number, name, measure, position)
                values (?, '1.1.a', '{"original":"fr","fr":"Personnes formées"}', 'NUMBER', 1) returning id""", product);
        activity = jdbc.sql("""
                        insert into plans.activity (plan_id, element_id, title, calendar_kind, position)
                        values (?, ?, '{"original":"fr","fr":"Ateliers"}', 'CONTINUOUS', 1) returning id""")
                .params(plan, product).query(Long.class).single();
    }

    @Test
    void anElementIsEditedAndAStaleFormKeepsItsInput() throws Exception {
        mvc.perform(get("/plans/{p}/elements/{e}/edit", plan, product).with(SECRETARIAT).locale(Locale.ENGLISH))
                .andExpect(content().string(containsString("Formation")));
        mvc.perform(editElement(product, 0, "1", "Apprentissage").locale(Locale.ENGLISH))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose a level below the parent element")));
        mvc.perform(editElement(product, 1, "1.2", "Apprentissage"))
                .andExpect(redirectedUrl("/plans/" + plan + "?saved#element-" + product));
        mvc.perform(editElement(product, 1, "1.3", "Apprentissage dual").param("version", "0").locale(Locale.ENGLISH))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone else changed this record")))
                .andExpect(content().string(containsString("Apprentissage dual")));
        assertThat(jdbc.sql("select number || ' ' || (title->>'fr') from plans.element where id = ?").param(product)
                .query(String.class).single()).isEqualTo("1.2 Apprentissage");
        assertThat(audited("plan-element", product, "UPDATE")).contains("Formation").contains("Apprentissage");
    }

    @Test
    void anIndicatorIsEditedAndItsMeasureStaysWhileFiguresAreRecorded() throws Exception {
        long value = insert("""
                insert into plans.indicator_value (indicator_id, period_start, period_end, amount, recorded_by)
                values (?, '2019-01-01', '2019-12-31', 40, 'secretariat') returning id""", indicator);
        mvc.perform(editIndicator("PERCENTAGE", 0).locale(Locale.ENGLISH))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Remove them before changing the measure")));
        mvc.perform(post("/plans/{p}/indicators/{i}/values/{v}/delete", plan, indicator, value).with(csrf()).with(SECRETARIAT))
                .andExpect(redirectedUrlPattern("/plans/*/indicators/*?deleted"));
        mvc.perform(editIndicator("PERCENTAGE", 0))
                .andExpect(redirectedUrl("/plans/" + plan + "/indicators/" + indicator + "?saved"));
        mvc.perform(editIndicator("NUMBER", "12", 0).locale(Locale.ENGLISH))
                .andExpect(content().string(containsString("Someone else changed this record")));
        assertThat(jdbc.sql("select measure || ' ' || baseline || ' ' || (source->>'fr') from plans.indicator where id = ?")
                .param(indicator).query(String.class).single()).isEqualTo("PERCENTAGE 12.5 Enquête emploi");
        assertThat(audited("indicator-value", value, "DELETE")).contains("2019-01-01");
        assertThat(audited("indicator", indicator, "UPDATE")).contains("Enquête emploi");
    }

    @Test
    void aTargetIsCorrectedAndAStaleCorrectionIsRefused() throws Exception {
        long target = insert("""
                insert into plans.indicator_target (indicator_id, period_start, period_end, amount)
                values (?, '2020-01-01', '2020-12-31', 100) returning id""", indicator);
        String form = "/plans/{p}/indicators/{i}/targets/{t}/edit";
        mvc.perform(get(form, plan, indicator, target).with(SECRETARIAT))
                .andExpect(content().string(containsString("value=\"100\"")));
        mvc.perform(editTarget(form, target, "about a hundred", 0).locale(Locale.ENGLISH))
                .andExpect(status().isOk()).andExpect(content().string(containsString("is not a number")));
        mvc.perform(editTarget(form, target, "120", 0))
                .andExpect(redirectedUrl("/plans/" + plan + "/indicators/" + indicator + "?saved"));
        mvc.perform(editTarget(form, target, "150", 0).locale(Locale.ENGLISH))
                .andExpect(content().string(containsString("Someone else changed this record")))
                .andExpect(content().string(containsString("value=\"150\"")));
        assertThat(jdbc.sql("select amount from plans.indicator_target where id = ?").param(target)
                .query(Integer.class).single()).isEqualTo(120);
        assertThat(audited("indicator-target", target, "UPDATE")).contains("100").contains("120");
    }

    @Test
    void publishedProgressKeepsItsActivityAndElementsUntilNothingIsPublished() throws Exception {
        long update = insert("""
                insert into plans.progress_update (activity_id, as_of, text, state, submitted_by)
                values (?, '2020-06-30', '{"original":"fr","fr":"Trois ateliers"}', 'APPROVED', 'focal.gt') returning id""", activity);
        mvc.perform(delete("/plans/{p}/activities/{a}/delete", activity))
                .andExpect(redirectedUrl("/plans/" + plan + "/activities/" + activity + "/edit?published=1"));
        mvc.perform(delete("/plans/{p}/elements/{e}/delete", result))
                .andExpect(redirectedUrl("/plans/" + plan + "/elements/" + result + "/edit?published=1"));
        mvc.perform(get("/plans/{p}/elements/{e}/edit", plan, result).param("published", "1").with(SECRETARIAT).locale(Locale.ENGLISH))
                .andExpect(content().string(containsString("Not deleted: 1 approved progress update is published here")));
        mvc.perform(get("/plans/{p}/activities/{a}/edit", plan, activity).param("published", "1").with(SECRETARIAT).locale(Locale.FRENCH))
                .andExpect(content().string(containsString("Non supprimé : 1 rapport d&#39;avancement approuvé et publié")))
                .andExpect(content().string(containsString("Supprimer cette activité")));
        mvc.perform(delete("/plans/{p}/activities/{a}/delete", activity).with(SignedIn.focalPoint("focal.gt", "GT", Constituency.GOVERNMENT)))
                .andExpect(status().isForbidden());

        jdbc.sql("update plans.progress_update set state = 'RETURNED' where id = ?").param(update).update();
        mvc.perform(delete("/plans/{p}/indicators/{i}/delete", indicator)).andExpect(redirectedUrlPattern("/plans/*?deleted*"));
        mvc.perform(delete("/plans/{p}/activities/{a}/delete", activity)).andExpect(redirectedUrl("/plans/" + plan + "?deleted"));
        mvc.perform(delete("/plans/{p}/elements/{e}/delete", result)).andExpect(redirectedUrl("/plans/" + plan + "?deleted"));
        assertThat(jdbc.sql("select count(*) from plans.element where plan_id = ?").param(plan).query(Integer.class).single()).isZero();
        assertThat(audited("activity", activity, "DELETE")).contains("Ateliers");
        assertThat(audited("plan-element", result, "DELETE")).contains("Emploi");
    }

    private MockHttpServletRequestBuilder editElement(long element, int level, String number, String title) {
        return post("/plans/{p}/elements/{e}/edit", plan, element).with(csrf()).with(SECRETARIAT)
                .param("number", number).param("title.original", "fr").param("title.fr", title)
                .param("level", String.valueOf(level)).param("version", "0");
    }

    private MockHttpServletRequestBuilder editTarget(String form, long target, String value, int version) {
        return post(form, plan, indicator, target).with(csrf()).with(SECRETARIAT).param("periodStart", "2020-01-01")
                .param("periodEnd", "2020-12-31").param("value", value).param("version", String.valueOf(version));
    }

    private MockHttpServletRequestBuilder editIndicator(String measure, int version) {
        return editIndicator(measure, "12,5", version);
    }

    /** A count's baseline is a whole number, a percentage's may have decimals. */
    private MockHttpServletRequestBuilder editIndicator(String measure, String baseline, int version) {
        return post("/plans/{p}/indicators/{i}/edit", plan, indicator).with(csrf()).with(SECRETARIAT)
                .param("number", "1.1.a").param("name.original", "fr").param("name.fr", "Personnes formées")
                .param("measure", measure).param("baseline", baseline).param("source.original", "fr")
                .param("source.fr", "Enquête emploi").param("version", String.valueOf(version));
    }

    /** Deletes a record of this plan at the version it has now. */
    private MockHttpServletRequestBuilder delete(String path, long id) {
        String table = path.contains("/activities/") ? "activity" : path.contains("/indicators/") ? "indicator" : "element";
        int version = jdbc.sql("select version from plans." + table + " where id = ?").param(id).query(Integer.class).single();
        return post(path, plan, id).with(csrf()).with(SECRETARIAT).param("version", String.valueOf(version));
    }

    private String audited(String type, long id, String action) {
        return jdbc.sql("""
                        select coalesce(before::text, '') || coalesce(after::text, '') from accounts.audit_event
                        where record_type = ? and record_id = ? and action = ? order by id desc limit 1""")
                .params(type, String.valueOf(id), action).query(String.class).single();
    }

    private long insert(String sql, Object param) {
        return jdbc.sql(sql).param(param).query(Long.class).single();
    }
}
