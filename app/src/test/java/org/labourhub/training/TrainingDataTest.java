package org.labourhub.training;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.labourhub.IntegrationTest;
import org.labourhub.accounts.Role;
import org.labourhub.accounts.SignedIn;
import org.labourhub.platform.Constituency;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The demo's fictional training data: loaded on the first start beside the real demo records, it fills the delivery
 * dashboard, Guatemala's projects and a plan's indicators; every page that shows it says so; the administrator
 * removes all of it, and nothing else, and loads it again.
 */
@IntegrationTest
@AutoConfigureMockMvc
class TrainingDataTest {

    private static final RequestPostProcessor ADMIN = SignedIn.as("admin", Role.ADMIN);
    private static final String PLAN = "training-regional-plan-2021-2026";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired TrainingDataSets sets;
    @Autowired FirstStartTraining firstStart;

    @Test
    void theDeliveryDashboardShowsYearlyMoneyAndEveryRuleFlagsAFictionalProject() throws Exception {
        JsonNode charts = JsonMapper.builder().build().readTree(page(get("/api/projects/monitoring").locale(Locale.ENGLISH)));
        assertThat(charts.get("years")).hasSizeGreaterThanOrEqualTo(8);
        for (JsonNode year : charts.get("years")) {
            if (year.get("key").asInt() >= 2019 && year.get("key").asInt() <= 2025) {
                assertThat(year.get("budget").decimalValue()).as("budget " + year).isPositive();
                assertThat(year.get("expenditure").decimalValue()).as("expenditure " + year).isPositive();
            }
        }
        assertThat(charts.get("donors").toString()).contains("Fictitious Cooperation Fund");
        assertThat(charts.get("countries").toString()).contains("\"GT\"");

        String dashboard = page(get("/projects/monitoring").locale(Locale.ENGLISH));
        assertThat(Jsoup.parse(dashboard).select(".training-banner").text()).startsWith("This page includes fictional training data");
        String[][] flagged = {{"LOW_DELIVERY", "GT", "Digital labour inspection in Guatemala"},
                {"NO_EXPENDITURE", "HN", "Public employment service for young people in Honduras"},
                {"OVERDUE_REPORT", "BO", "Family farming free of child labour in Bolivia"},
                {"ENDED_NOT_CLOSED", "SV", "Equal pay for women and men in El Salvador"}};
        for (String[] rule : flagged) {
            var rows = Jsoup.parse(page(get("/projects/monitoring").param("rule", rule[0]).param("country", rule[1])
                    .locale(Locale.ENGLISH))).select("tbody tr:contains(" + rule[2] + ")");
            assertThat(rows).as(rule[0]).isNotEmpty();
            assertThat(rows.select(".tag.training").text()).isEqualTo("Fictional training data");
        }
        String csv = page(get("/projects/monitoring.csv").locale(Locale.ENGLISH));
        assertThat(csv.lines().findFirst().orElseThrow()).endsWith(",\"Fictional training data\"");
        assertThat(csv.lines().filter(line -> line.contains("Digital labour inspection in Guatemala")))
                .isNotEmpty().allMatch(line -> line.endsWith(",\"Yes\""));
        assertThat(csv).contains("This report includes fictional training data");
    }

    @Test
    void guatemalasCountryPageListsFictionalProjectsMarkedAsSuch() throws Exception {
        var country = Jsoup.parse(page(get("/countries/GT").param("lang", "es")));
        var section = country.select("#projects li:contains(Inspección del trabajo digital en Guatemala)");
        assertThat(section).hasSize(1);
        assertThat(section.select(".tag.training").text()).isEqualTo("Datos ficticios para formación");
        assertThat(country.select("#projects .training-note").text()).startsWith("Esta lista incluye datos ficticios");

        long id = jdbc.sql("select id from projects.project where iati_identifier = 'XM-LABOURHUB-FICTIONAL-T02'").query(Long.class).single();
        var project = Jsoup.parse(page(get("/projects/" + id).param("lang", "pt")));
        assertThat(project.select(".training-banner").text()).startsWith("Dados fictícios para treinamento: este registro foi inventado");
        assertThat(project.select("h1").text()).isEqualTo("Inspeção do trabalho digital na Guatemala");
        var list = Jsoup.parse(page(get("/projects").param("country", "GT").param("lang", "fr")));
        assertThat(list.select("tbody tr:contains(Inspection du travail numérique au Guatemala) .tag.training")).hasSize(1);

        long funder = jdbc.sql("select id from directory.organisation where key = 'fict-cooperation-fund' and training")
                .query(Long.class).single();
        assertThat(Jsoup.parse(page(get("/organisations/" + funder).param("lang", "en"))).select(".training-banner").text())
                .startsWith("Fictional training data: this record was invented");
        assertThat(Jsoup.parse(page(get("/organisations").param("lang", "en")))
                .select("tbody tr:contains(Fictitious Cooperation Fund) .tag.training")).hasSize(1);

        var report = mvc.perform(get("/projects/" + id + "/report").param("format", "docx").param("lang", "es")).andReturn().getResponse();
        try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(new ByteArrayInputStream(report.getContentAsByteArray()))) {
            assertThat(new org.apache.poi.xwpf.extractor.XWPFWordExtractor(document).getText())
                    .contains("Este informe trata de datos ficticios para formación");
        }
    }

    @Test
    void theFictionalPlansIndicatorsHaveYearlyValuesAndItsUpdatesAreInEveryState() throws Exception {
        long plan = jdbc.sql("select id from plans.plan where key = ? and training").param(PLAN).query(Long.class).single();
        assertThat(jdbc.sql("""
                select count(*) from plans.indicator i join plans.element e on e.id = i.element_id
                where e.plan_id = ? and i.baseline is not null
                  and exists (select 1 from plans.indicator_target t where t.indicator_id = i.id)
                  and (select count(distinct extract(year from v.period_start)) from plans.indicator_value v where v.indicator_id = i.id) >= 5""")
                .param(plan).query(Long.class).single()).isEqualTo(8);
        assertThat(jdbc.sql("""
                select string_agg(distinct u.state, ',' order by u.state) from plans.progress_update u
                join plans.activity a on a.id = u.activity_id where a.plan_id = ?""").param(plan).query(String.class).single())
                .isEqualTo("APPROVED,RETURNED,SUBMITTED");
        assertThat(jdbc.sql("select count(*) from plans.reporting_cycle where plan_id = ? and state = 'OPEN' and due < current_date")
                .param(plan).query(Long.class).single()).as("an overdue cycle").isEqualTo(1);

        var page = Jsoup.parse(page(get("/plans/" + plan).param("lang", "fr")));
        assertThat(page.select(".training-banner").text()).startsWith("Données fictives de formation");
        long indicator = jdbc.sql("""
                select i.id from plans.indicator i join plans.element e on e.id = i.element_id
                where e.plan_id = ? and i.number = '2.1'""").param(plan).query(Long.class).single();
        assertThat(Jsoup.parse(page(get("/plans/" + plan + "/indicators/" + indicator).param("lang", "en"))).select(".training-banner"))
                .hasSize(1);
        var plans = Jsoup.parse(page(get("/plans").param("lang", "en")));
        assertThat(plans.select("tbody tr:contains(Regional Plan of Action on Decent Work) .tag.training")).hasSize(1);
        assertThat(plans.select("tbody .tag.training")).as("real plans are not marked").hasSize(1);
        assertThat(Jsoup.parse(page(get("/me/assignments").with(SignedIn.focalPoint("focal.gt", "GT", Constituency.GOVERNMENT))
                .param("lang", "es"))).select("tbody .tag.training")).isNotEmpty();

        var annex = mvc.perform(get("/plans/" + plan + "/reports/annex").param("format", "docx").param("lang", "en")).andReturn().getResponse();
        try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(new ByteArrayInputStream(annex.getContentAsByteArray()))) {
            assertThat(new org.apache.poi.xwpf.extractor.XWPFWordExtractor(document).getText())
                    .contains("This report is about fictional training data");
        }
    }

    @Test
    void theAdministratorRemovesEveryFictionalRecordAndNothingElseThenLoadsThemAgain() throws Exception {
        Map<String, Long> real = realCounts();
        mvc.perform(get("/admin/training").with(SignedIn.as("secretariat", Role.SECRETARIAT))).andExpect(status().isForbidden());
        var admin = Jsoup.parse(page(get("/admin/training").with(ADMIN).param("lang", "en")));
        assertThat(admin.select("tbody tr:contains(Projects) td").eachText()).containsExactly("Projects", "40");

        mvc.perform(post("/admin/training/remove").with(csrf()).with(ADMIN)).andExpect(redirectedUrl("/admin/training?unconfirmed"));
        assertThat(TrainingDataSets.total(sets.counts())).as("nothing removed without the confirmation").isPositive();

        mvc.perform(post("/admin/training/remove").with(csrf()).with(ADMIN).param("confirm", "yes"))
                .andExpect(redirectedUrl("/admin/training?removed"));
        assertThat(sets.counts().values()).containsOnly(0L);
        assertThat(realCounts()).isEqualTo(real);
        assertThat(Jsoup.parse(page(get("/countries/GT").param("lang", "es"))).select(".tag.training, .training-note")).isEmpty();
        assertThat(Jsoup.parse(page(get("/projects/monitoring").param("lang", "es"))).select(".training-banner")).isEmpty();
        assertThat(Jsoup.parse(page(get("/projects").param("lang", "es"))).select(".training-banner, .tag.training")).isEmpty();
        assertThat(jdbc.sql("select count(*) from accounts.audit_event where record_type = 'training-data' and action = 'DELETE'")
                .query(Long.class).single()).isPositive();
        firstStart.run(null);
        assertThat(sets.counts().values()).as("a start does not bring back what the administrator removed").containsOnly(0L);

        long start = System.nanoTime();
        mvc.perform(post("/admin/training/load").with(csrf()).with(ADMIN)).andExpect(redirectedUrl("/admin/training?loaded"));
        System.out.printf("Training data loaded again in %d ms: %s%n", (System.nanoTime() - start) / 1_000_000, sets.counts());
        assertThat(sets.counts()).containsEntry("projects.training.projects", 40L).containsEntry("plans.training.plans", 1L)
                .containsEntry("directory.training.organisations", 6L);
        assertThat(realCounts()).isEqualTo(real);
        mvc.perform(post("/admin/training/load").with(csrf()).with(ADMIN)).andExpect(redirectedUrl("/admin/training?present"));
    }

    /** Counts of the real records the removal must leave alone. */
    private Map<String, Long> realCounts() {
        var counts = new LinkedHashMap<String, Long>();
        for (String[] query : new String[][]{
                {"projects", "select count(*) from projects.project where not training"},
                {"sources", "select count(*) from projects.provenance where source <> 'TRAINING'"},
                {"transactions", "select count(*) from projects.transaction t join projects.project p on p.id = t.project_id where not p.training"},
                {"rates", "select count(*) from projects.exchange_rate where not training"},
                {"organisations", "select count(*) from directory.organisation where not training"},
                {"countries", "select count(*) from directory.country"},
                {"people", "select count(*) from directory.person"},
                {"plans", "select count(*) from plans.plan where not training"},
                {"indicator values", "select count(*) from plans.indicator_value"
                        + " where indicator_id in (select i.id from plans.indicator i join plans.element e on e.id = i.element_id"
                        + " join plans.plan p on p.id = e.plan_id where not p.training)"},
                {"updates", "select count(*) from plans.progress_update u join plans.activity a on a.id = u.activity_id"
                        + " join plans.plan p on p.id = a.plan_id where not p.training"},
                {"accounts", "select count(*) from accounts.account"}}) {
            counts.put(query[0], jdbc.sql(query[1]).query(Long.class).single());
        }
        return counts;
    }

    private String page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
