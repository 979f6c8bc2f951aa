package org.labourhub;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.labourhub.accounts.Role;
import org.labourhub.accounts.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every form field that refers to another record (organisation, country, project) is a type-ahead that chooses it
 * by name (fragments/typeahead), with a select of names for a reader without script; no field asks for a key or a
 * code, and no such field is left to free typing.
 */
@IntegrationTest
@AutoConfigureMockMvc
class ReferenceFieldsTest {

    static final RequestPostProcessor SECRETARIAT = SignedIn.as("secretariat", Role.SECRETARIAT);
    static final RequestPostProcessor ADMIN = SignedIn.as("admin", Role.ADMIN);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void everyReferenceInAFormIsChosenByNameNeverTypedAsAKey() throws Exception {
        long plan = id("select id from plans.plan where key = 'ilo-migrant-workers-plan-of-action-2008'");
        long element = id("select id from plans.element where plan_id = " + plan + " order by position limit 1");
        long activity = id("select id from plans.activity where plan_id = " + plan + " order by position limit 1");
        long indicator = id("select i.id from plans.indicator i join plans.element e on e.id = i.element_id order by i.id limit 1");
        long indicatorPlan = id("select e.plan_id from plans.indicator i join plans.element e on e.id = i.element_id where i.id = " + indicator);
        long person = id("select id from directory.person order by id limit 1");
        long organisation = id("select id from directory.organisation where key = 'mol-gt'");

        Map<String, List<String>> forms = new LinkedHashMap<>();
        forms.put("/plans/" + plan + "/elements/" + element + "/activities/new", List.of("responsible", "projectRef"));
        forms.put("/plans/" + plan + "/activities/" + activity + "/edit", List.of("responsible", "projectRef"));
        forms.put("/plans/reporters", List.of("organisation"));
        forms.put("/plans/" + indicatorPlan + "/indicators/" + indicator, List.of("country"));
        forms.put("/people/new", List.of("organisationId", "country"));
        forms.put("/people/" + person + "/edit", List.of("organisationId", "country"));
        forms.put("/organisations/new", List.of("country", "parentId"));
        forms.put("/organisations/" + organisation + "/edit", List.of("country", "parentId"));
        forms.put("/people/" + person + "/focal-points/new", List.of("country"));
        forms.put("/countries/GT/edit", List.of("labourMinistryId"));
        forms.put("/projects/entries/new", List.of("country"));
        forms.put("/admin/accounts/new", List.of("countryCode"));

        for (var form : forms.entrySet()) {
            String html = mvc.perform(get(form.getKey()).with(form.getKey().startsWith("/admin") ? ADMIN : SECRETARIAT)
                    .locale(Locale.ENGLISH)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            Document page = Jsoup.parse(html);
            for (String field : form.getValue()) {
                Element typeahead = page.selectFirst("[data-typeahead]:has(select[name=" + field + "])");
                assertThat(typeahead).as("%s: %s is a type-ahead", form.getKey(), field).isNotNull();
                Element combobox = typeahead.selectFirst("template input[role=combobox]#" + field);
                assertThat(combobox).as("%s: %s's combobox", form.getKey(), field).isNotNull();
                assertThat(combobox.attr("hx-get")).as("%s: %s's suggestions", form.getKey(), field).contains("/suggestions");
                assertThat(typeahead.selectFirst("label[for=" + field + "]").text()).isNotBlank();
                assertThat(page.select("input[name=" + field + "]:not([type=hidden])")).as("%s: %s typed", form.getKey(), field).isEmpty();
            }
            if (form.getKey().equals("/projects/entries/new")) {
                Element funder = page.selectFirst("[data-typeahead] input[name=funder][data-typeahead-free]");
                assertThat(funder).as("the funder is a named type-ahead").isNotNull();
                assertThat(funder.attr("data-source")).isEqualTo("/organisations/suggestions?names=true");
            }
            for (Element label : page.select("label, .hint, legend")) {
                assertThat(label.text()).as("%s: a field asks for a key or code", form.getKey())
                        .doesNotContainIgnoringCase(" key").doesNotContainIgnoringCase("ISO code").doesNotContain("network:");
            }
        }
    }

    private long id(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
