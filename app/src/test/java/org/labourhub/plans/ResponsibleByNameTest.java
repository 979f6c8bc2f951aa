package org.labourhub.plans;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The quoted case of issue 12: Guatemala's focal point finds its ministry by typing part of its Spanish name, and an
 * activity saved with the organisation chosen that way (never typed as a key such as "mol-gt") reaches the focal
 * point's assignments. Saving an activity stays the secretariat's (PlansPolicy): the focal point's own save is refused.
 */
@IntegrationTest
@AutoConfigureMockMvc
class ResponsibleByNameTest {

    static final Locale SPANISH = Locale.forLanguageTag("es");
    static final RequestPostProcessor FOCAL_GT = SignedIn.focalPoint("focal.gt", "GT", Constituency.GOVERNMENT);
    static final RequestPostProcessor SECRETARIAT = SignedIn.as("secretariat", Role.SECRETARIAT);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    PlansFixture fixture;
    long plan;
    long activity;

    @BeforeEach
    void activityWithNoOneResponsible() {
        fixture = new PlansFixture(jdbc);
        plan = fixture.planId("ilo-tc-implementation-plan-2000");
        long element = jdbc.sql("select id from plans.element where plan_id = ? order by position limit 1")
                .param(plan).query(Long.class).single();
        activity = jdbc.sql("""
                        insert into plans.activity (plan_id, element_id, title, calendar_kind, position)
                        values (?, ?, '{"original":"fr","fr":"Ateliers choisis par leur nom"}', 'CONTINUOUS', 10001)
                        returning id""")
                .params(plan, element).query(Long.class).single();
    }

    @Test
    void aFocalPointPicksItsMinistryByPartOfItsSpanishNameAndTheActivitySavedWithItIsTheirs() throws Exception {
        String ministry = String.valueOf(fixture.organisationId("mol-gt"));

        Document form = page(get("/plans/{p}/activities/{a}/edit", plan, activity).with(SECRETARIAT));
        Element field = form.selectFirst("[data-typeahead]:has(label[for=responsible])");
        assertThat(field).as("the responsible organisations are a type-ahead").isNotNull();
        assertThat(field.selectFirst("label").text()).isEqualTo("Organizaciones responsables");
        Element combobox = field.selectFirst("template input#responsible");
        assertThat(combobox.attr("role")).isEqualTo("combobox");
        assertThat(combobox.attr("aria-autocomplete")).isEqualTo("list");
        assertThat(combobox.attr("hx-get")).isEqualTo("/organisations/suggestions?networks=true");
        assertThat(field.selectFirst("template #" + combobox.attr("aria-controls")).attr("role")).isEqualTo("listbox");
        assertThat(field.select("select#responsible[multiple] option").eachText())
                .as("without script, every organisation by its name").contains("Ministerio de Trabajo y Previsión Social (MINTRAB)");
        assertThat(form.select("input[type=text][name=responsible], input[type=text][name=projectRef]")).isEmpty();
        assertThat(form.html()).doesNotContain("mol-gt");

        Document suggestions = page(get("/organisations/suggestions").param("networks", "true").param("q", "trabajo PREVISION")
                .with(FOCAL_GT));
        Element option = suggestions.selectFirst("li[role=option][data-value=" + ministry + "]");
        assertThat(option).as("typed without accents or case, in Spanish").isNotNull();
        assertThat(option.text()).isEqualTo("Ministerio de Trabajo y Previsión Social (MINTRAB)");

        mvc.perform(fixture.edit(plan, activity, fixture.version(activity)).param("responsible", option.attr("data-value")))
                .andExpect(redirectedUrlPattern("/plans/*/activities/*?saved"));
        assertThat(jdbc.sql("select organisation_id from plans.activity_responsible where activity_id = ? and lead")
                .param(activity).query(Long.class).single()).isEqualTo(Long.parseLong(ministry));
        Document edited = page(get("/plans/{p}/activities/{a}/edit", plan, activity).with(SECRETARIAT));
        assertThat(edited.select("template[data-typeahead-widget] .typeahead-choice input[name=responsible]").eachAttr("value")).containsExactly(ministry);
        assertThat(edited.select("template[data-typeahead-widget] .typeahead-choice .typeahead-label").eachText())
                .containsExactly("Ministerio de Trabajo y Previsión Social (MINTRAB)");
        assertThat(page(get("/me/assignments").with(FOCAL_GT)).text()).contains("Ateliers choisis par leur nom");

        mvc.perform(post("/plans/{p}/activities/{a}/edit", plan, activity).with(csrf()).with(FOCAL_GT)
                        .param("title.original", "fr").param("title.fr", "Ateliers").param("calendarKind", "TEXT")
                        .param("responsible", ministry).param("version", String.valueOf(fixture.version(activity))))
                .andExpect(status().isForbidden());
    }

    @Test
    void theCooperationProjectIsChosenByItsTitle() throws Exception {
        Document suggestions = page(get("/projects/suggestions").param("q", "CERSSO").with(SECRETARIAT));
        Element project = suggestions.selectFirst("li[role=option]");
        assertThat(project.text()).isEqualTo("Centro Regional de Seguridad y Salud Ocupacional (CERSSO)");

        mvc.perform(fixture.edit(plan, activity, fixture.version(activity)).param("projectRef", "no such project"))
                .andExpect(status().isOk());
        mvc.perform(fixture.edit(plan, activity, fixture.version(activity)).param("projectRef", project.attr("data-value")))
                .andExpect(redirectedUrlPattern("/plans/*/activities/*?saved"));
        Element link = page(get("/plans/{p}/activities/{a}", plan, activity)).selectFirst("a[href^='/projects/']:contains(CERSSO)");
        assertThat(link).as("the activity links to its project, named in the reader's language").isNotNull();
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        String html = mvc.perform(request.locale(SPANISH)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        return Jsoup.parse(html);
    }
}
