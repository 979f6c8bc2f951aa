package org.labourhub.plans;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.labourhub.IntegrationTest;
import org.labourhub.accounts.Role;
import org.labourhub.accounts.SignedIn;
import org.labourhub.plans.demo.DemoPlanFiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.labourhub.plans.demo.DemoPlanFiles.fr;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The governing-body reports generated from the demo data say what the seeds say. */
@IntegrationTest
@AutoConfigureMockMvc
class PlanReportsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void annexOfTheTechnicalCooperationPlanListsEveryIssueWithItsCalendarAndStatus() throws Exception {
        JsonNode source = DemoPlanFiles.plan("ilo-tc-implementation-plan-2000");
        Document page = page("ilo-tc-implementation-plan-2000", "annex");
        String text = DemoPlanFiles.squash(page.text());
        assertThat(page.select("thead th").eachText()).containsExactly("Questions", "Contexte et lignes d'action",
                "Calendrier", "État des travaux au 31 août 2000");
        assertThat(page.select("tr.group th").eachText()).containsExactlyElementsOf(
                source.path("elements").valueStream().map(e -> e.path("number").asString() + " " + fr(e.path("title"))).toList());
        var missing = new ArrayList<String>();
        for (JsonNode element : DemoPlanFiles.elements(source)) {
            if (element.path("level").asInt() == 0) {
                continue;
            }
            expect(text, fr(element.path("title")), missing);
            element.path("progress").forEach(p -> expect(text, fr(p.path("text")), missing));
            for (JsonNode activity : element.path("activities")) {
                expect(text, fr(activity.path("title")), missing);
                expect(text, fr(activity.path("calendar").path("text")), missing);
                activity.path("progress").forEach(p -> expect(text, fr(p.path("text")), missing));
            }
        }
        assertThat(missing).as("texts of seed 003's annex missing from report (a)").isEmpty();
    }

    @Test
    void resultsReportOfTheRegionalInitiativeListsTheFiveResultsAndIndicators1_1To5_14() throws Exception {
        Document page = page("ri-strategic-plan-2018-2021", "results");
        assertThat(page.select("tr.group th")).hasSize(5);
        List<String> numbers = page.select("tbody tr:not(.group) td:first-child").eachText().stream()
                .map(t -> t.substring(0, t.indexOf(' '))).toList();
        var expected = new ArrayList<String>();
        int[] perResult = {10, 5, 14, 7, 14};
        for (int r = 1; r <= 5; r++) {
            for (int i = 1; i <= perResult[r - 1]; i++) {
                expected.add(r + "." + i);
            }
        }
        assertThat(numbers).containsExactlyElementsOf(expected);
        assertThat(page.text()).contains("5.14 Degré d'interaction dans les réseaux sociaux");
    }

    @Test
    void workPlanReportListsEveryOasOrganWithItsActivitiesAndCalendar() throws Exception {
        JsonNode source = DemoPlanFiles.plan("oas-migrants-work-plan-2007");
        Document page = page("oas-migrants-work-plan-2007", "work-plan");
        String text = DemoPlanFiles.squash(page.text());
        assertThat(page.select("thead th").eachText()).containsExactly("Activités confiées", "Activités réalisées",
                "Activités prévues", "Calendrier");
        var missing = new ArrayList<String>();
        var organs = page.select("tr.group th").eachText();
        for (JsonNode organ : source.path("elements")) {
            if (!organ.path("activities").isEmpty() || !organ.path("children").isEmpty()) {
                String number = organ.path("number").asString("");
                assertThat(organs).contains(number.isEmpty() ? fr(organ.path("title")) : number + " " + fr(organ.path("title")));
            }
        }
        for (JsonNode element : DemoPlanFiles.elements(source)) {
            element.path("activities").forEach(a -> expect(text, fr(a.path("title")), missing));
            expect(text, fr(element.path("calendar").path("text")), missing);
            expect(text, fr(element.path("carriedOut")), missing);
            expect(text, fr(element.path("planned")), missing);
        }
        assertThat(missing).as("texts of seed 004 missing from report (b)").isEmpty();
    }

    @Test
    void recommendationsComeOutAsANumberedList() throws Exception {
        JsonNode source = DemoPlanFiles.plan("cimt-wg2-recommendations");
        Document page = page("cimt-wg2-recommendations", "recommendations", SignedIn.as("secretariat", Role.SECRETARIAT));
        assertThat(page.select("ol.numbered li")).hasSize(DemoPlanFiles.elements(source).size());
        assertThat(DemoPlanFiles.squash(page.text())).contains(fr(DemoPlanFiles.elements(source).get(0).path("title")));
    }

    @Test
    void theSameReportDownloadsAsWordAndPdfInTheChosenLanguage() throws Exception {
        long id = planId("ilo-tc-implementation-plan-2000");
        byte[] docx = mvc.perform(get("/plans/{id}/reports/annex", id).param("format", "docx").param("lang", "es"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("ilo-tc-implementation-plan-2000-annex-es.docx")))
                .andReturn().getResponse().getContentAsByteArray();
        try (var doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(doc.getTables().get(0).getRow(0).getCell(1).getText()).isEqualTo("Contexto y líneas de acción");
            assertThat(new XWPFWordExtractor(doc).getText()).contains("Estado de los trabajos al 31 de agosto de 2000",
                    "Hacer que la cooperación técnica de la OIT sea más pertinente y más eficaz");
        }
        byte[] pdf = mvc.perform(get("/plans/{id}/reports/annex", id).param("format", "pdf").param("lang", "fr"))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            String text = DemoPlanFiles.squash(new PDFTextStripper().getText(document));
            assertThat(text).contains("État des travaux au 31 août 2000", "Rendre la coopération technique de l'OIT plus pertinente");
        }
    }

    /** Every demo text is translated, so the marker is checked on a plan entered later in French only. */
    @Test
    void textsWithoutATranslationAreMarkedOnThePageInWordAndInPdf() throws Exception {
        long id = frenchOnlyPlan();
        String note = "(não traduzido; original em Français)";
        String html = mvc.perform(get("/plans/{id}/reports/annex", id).param("lang", "pt"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(html).select(".report-table .untranslated").first().text()).isEqualTo(note);
        String demo = mvc.perform(get("/plans/{id}/reports/annex", planId("ilo-tc-implementation-plan-2000")).param("lang", "pt"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(demo).select(".untranslated").eachText()).as("untranslated texts of the demo annex").isEmpty();
        byte[] docx = mvc.perform(get("/plans/{id}/reports/annex", id).param("format", "docx").param("lang", "pt"))
                .andReturn().getResponse().getContentAsByteArray();
        try (var doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            var notes = doc.getTables().get(0).getRows().stream().flatMap(r -> r.getTableCells().stream())
                    .flatMap(c -> c.getParagraphs().stream()).flatMap(p -> p.getRuns().stream())
                    .filter(r -> r.text().strip().equals(note)).toList();
            assertThat(notes).isNotEmpty().allMatch(r -> r.isItalic());
        }
        byte[] pdf = mvc.perform(get("/plans/{id}/reports/annex", id).param("format", "pdf").param("lang", "pt"))
                .andReturn().getResponse().getContentAsByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(DemoPlanFiles.squash(new PDFTextStripper().getText(document))).contains(note);
        }
    }

    @Test
    void thePlanPeriodIsWrittenAsYearsOnThePageInWordAndInPdfInEveryLanguage() throws Exception {
        long id = planId("ri-strategic-plan-2018-2021");
        var groupedYear = java.util.regex.Pattern.compile("2[.,\\s\u00a0\u202f]0(18|21)");
        for (String language : List.of("es", "en", "fr", "pt")) {
            String html = mvc.perform(get("/plans/{id}/reports/results", id).param("lang", language))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            byte[] docx = mvc.perform(get("/plans/{id}/reports/results", id).param("format", "docx").param("lang", language))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            byte[] pdf = mvc.perform(get("/plans/{id}/reports/results", id).param("format", "pdf").param("lang", language))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            String word;
            try (var doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
                word = new XWPFWordExtractor(doc).getText();
            }
            String printed;
            try (var document = Loader.loadPDF(pdf)) {
                printed = new PDFTextStripper().getText(document);
            }
            for (String text : List.of(Jsoup.parse(html).select("main").text(), word, DemoPlanFiles.squash(printed))) {
                assertThat(text).as(language).contains("2018–2021");
                assertThat(groupedYear.matcher(text).find()).as(language + ": a year written like a number").isFalse();
            }
        }
        String list = mvc.perform(get("/plans").param("lang", "fr")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(list).select("main").text()).contains("2018–2021");
    }

    @Test
    void anUnknownFormatOrReportIsRefused() throws Exception {
        long id = planId("ilo-tc-implementation-plan-2000");
        mvc.perform(get("/plans/{id}/reports/annex", id).param("format", "xls")).andExpect(status().isBadRequest());
        mvc.perform(get("/plans/{id}/reports/balance-sheet", id)).andExpect(status().isNotFound());
        mvc.perform(get("/plans/{id}/reports/annex", 999_999)).andExpect(status().isNotFound());
    }

    private Document page(String key, String report) throws Exception {
        return page(key, report, anonymous());
    }

    /** The recommendations are still a draft: only those who maintain plans read them. */
    private Document page(String key, String report, RequestPostProcessor reader) throws Exception {
        String html = mvc.perform(get("/plans/{id}/reports/{kind}", planId(key), report).with(reader).param("lang", "fr"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return Jsoup.parse(html);
    }

    private long frenchOnlyPlan() {
        String fr = "{\"original\":\"fr\",\"fr\":\"%s\"}";
        long plan = jdbc.sql("""
                insert into plans.plan (key, name, kind, status, levels) values ('untranslated-annex', ?::jsonb,
                'IMPLEMENTATION_PLAN', 'ACTIVE', ?::jsonb) returning id""")
                .params(fr.formatted("Plan saisi en français"), "[" + fr.formatted("Partie") + "," + fr.formatted("Question") + "]")
                .query(Long.class).single();
        long part = element(plan, null, 0, fr.formatted("Partie saisie en français"));
        long issue = element(plan, part, 1, fr.formatted("Question saisie en français"));
        jdbc.sql("insert into plans.activity (plan_id, element_id, title, calendar_kind, position) values (?, ?, ?::jsonb, 'ANNUAL', 1)")
                .params(plan, issue, fr.formatted("Ligne d'action saisie en français")).update();
        return plan;
    }

    private long element(long plan, Long parent, int level, String title) {
        return jdbc.sql("insert into plans.element (plan_id, parent_id, level, title, position) values (?, ?, ?, ?::jsonb, 1) returning id")
                .params(plan, parent, level, title).query(Long.class).single();
    }

    private long planId(String key) {
        return jdbc.sql("select id from plans.plan where key = ?").param(key).query(Long.class).single();
    }

    private static void expect(String page, String text, List<String> missing) {
        if (!text.isEmpty() && !page.contains(text)) {
            missing.add(text.length() > 90 ? text.substring(0, 90) + "…" : text);
        }
    }
}
