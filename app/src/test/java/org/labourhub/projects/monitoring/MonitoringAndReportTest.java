package org.labourhub.projects.monitoring;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.labourhub.IntegrationTest;
import org.labourhub.accounts.Role;
import org.labourhub.accounts.SignedIn;
import org.labourhub.platform.jobs.Jobs;
import org.labourhub.projects.importing.ImportJobs;
import org.labourhub.projects.importing.iati.IatiSamples;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/**
 * A project two years in, with 40 % of its budget spent, no expenditure for a year and no progress report, is
 * flagged on the dashboard with its reasons; the donor report shows its delivery; the exports carry the flags.
 */
@IntegrationTest
@AutoConfigureMockMvc
public class MonitoringAndReportTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    @BeforeAll
    static void importAStuckProject(@Autowired MockMvc mvc, @Autowired Jobs jobs) throws Exception {
        ImportJobs.upload(mvc, jobs, "/projects/import/iati", "stuck.xml",
                IatiSamples.file(stuckActivity("XI-TEST-STUCK", "Proyecto estancado de inspección", "SV")), StandardCharsets.UTF_8);
    }

    /** An activity that started two years ago, spent 40 % of its budget then and reported nothing since: flagged. */
    public static String stuckActivity(String identifier, String titleEs, String country) {
        int year = LocalDate.now().getYear();
        return IatiSamples.activity(identifier, titleEs, country, "")
                .replace("<activity-date type=\"1\" iso-date=\"2020-01-01\"/>", "<activity-date type=\"1\" iso-date=\"" + (year - 2) + "-01-01\"/>")
                .replace("<activity-date type=\"3\" iso-date=\"2023-12-31\"/>", "<activity-date type=\"3\" iso-date=\"" + (year + 2) + "-12-31\"/>")
                .replace("iso-date=\"2020-01-01\"/><period-end iso-date=\"2020-12-31\"/>",
                        "iso-date=\"" + (year - 2) + "-01-01\"/><period-end iso-date=\"" + (year - 2) + "-12-31\"/>")
                .replace("value-date=\"2020-01-01\">100000.00", "value-date=\"" + (year - 2) + "-01-01\">100000.00")
                .replace("<transaction-date iso-date=\"2020-06-30\"/>", "<transaction-date iso-date=\"" + (year - 2) + "-06-30\"/>")
                .replace("value-date=\"2020-06-30\">40000.50", "value-date=\"" + (year - 2) + "-06-30\">40000.00");
    }

    @Test
    void theDashboardFlagsTheStuckProjectWithItsReasons() throws Exception {
        mvc.perform(get("/projects/monitoring").param("country", "SV").locale(Locale.ENGLISH))
                .andExpect(content().string(containsString("Project XI-TEST-STUCK")))
                .andExpect(content().string(containsString("Delivery rate 40% over the completed years, below the threshold of 50%.")))
                .andExpect(content().string(containsString("No expenditure for more than 6 months")))
                .andExpect(content().string(containsString("No progress report for more than 12 months")))
                .andExpect(content().string(containsString("data-charts=\"/api/projects/monitoring\"")));
        String lowDelivery = mvc.perform(get("/projects/monitoring").param("country", "SV").param("rule", "LOW_DELIVERY")
                .locale(Locale.ENGLISH)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(lowDelivery).contains("Project XI-TEST-STUCK", "Delivery rate 40%").doesNotContain("No progress report for");
        mvc.perform(get("/projects/monitoring").param("page", String.valueOf(Integer.MAX_VALUE)).locale(Locale.ENGLISH))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk());
        mvc.perform(get("/api/projects/monitoring").locale(Locale.FRENCH))
                .andExpect(content().string(containsString("\"years\"")))
                .andExpect(content().string(containsString("Travail des enfants")));
        String csv = mvc.perform(get("/projects/monitoring.csv").locale(Locale.ENGLISH)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("Low delivery").contains("Project XI-TEST-STUCK");
        byte[] xlsx = mvc.perform(get("/projects/monitoring.xlsx")).andReturn().getResponse().getContentAsByteArray();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            assertThat(book.getSheetAt(0).getLastRowNum()).isGreaterThan(2);
        }
    }

    @Test
    void theChartsShareAProjectsMoneyAmongItsFundersAndCountEachDollarOnce(@Autowired Jobs jobs,
                                                                         @Autowired DashboardFigures figures) throws Exception {
        String activity = IatiSamples.activity("XI-TEST-SHARED", "Proyecto con dos financiadores", "BB",
                "<participating-org role=\"1\"><narrative>Fondo Fiduciario de Prueba</narrative></participating-org>");
        ImportJobs.upload(mvc, jobs, "/projects/import/iati", "shared.xml", IatiSamples.file(activity), StandardCharsets.UTF_8);
        assertThat(figures.byDonor()).as("two funders: half of the budget and of the spending each")
                .contains(new DashboardFigures.Figure("Fondo Fiduciario de Prueba", new java.math.BigDecimal("50000.00"),
                        new java.math.BigDecimal("20000.25")));
        assertThat(figures.byCountry()).as("one country, 100 %")
                .contains(new DashboardFigures.Figure("BB", new java.math.BigDecimal("100000.00"), new java.math.BigDecimal("40000.50")));
        var year = figures.byYear().stream().filter(f -> f.key().equals("2020")).findFirst().orElseThrow();
        assertThat(year.budget()).isEqualByComparingTo(jdbc.sql("""
                select round(sum(y.budget_usd), 2) from projects.yearly_delivery y join projects.project p on p.id = y.project_id
                where y.year = 2020 and p.merged_into is null and p.entry_state = 'PUBLISHED'""").query(java.math.BigDecimal.class).single());
        assertThat(figures.byDonor()).hasSizeLessThanOrEqualTo(DashboardFigures.BARS)
                .isSortedAccordingTo(java.util.Comparator.comparing(DashboardFigures.Figure::budget).reversed());
    }

    @Test
    void theDonorReportShowsDeliveryResultsAndBottlenecksInTheChosenLanguage() throws Exception {
        long id = jdbc.sql("select id from projects.project where iati_identifier = 'XI-TEST-STUCK'").query(Long.class).single();
        mvc.perform(get("/projects/" + id + "/report").param("lang", "es"))
                .andExpect(content().string(containsString("2. Avance financiero")))
                .andExpect(content().string(containsString("Tasa de ejecución acumulada: 40\u00a0%")))
                .andExpect(content().string(containsString("Número de inspectores: línea de base 0, meta 120, logrado 95")))
                .andExpect(content().string(containsString("Ejecución baja")));
        mvc.perform(get("/projects/reports").param("donor", "Departamento de Trabajo de los Estados Unidos").locale(Locale.ENGLISH))
                .andExpect(content().string(containsString("Progress report on the portfolio funded by Departamento de Trabajo")))
                .andExpect(content().string(containsString("Project XI-TEST-STUCK")));
        mvc.perform(post("/projects/" + id + "/progress-report").with(csrf()).with(SignedIn.as("secretariat", Role.SECRETARIAT)));
        String csv = mvc.perform(get("/projects/monitoring.csv").locale(Locale.ENGLISH)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.lines().filter(line -> line.contains("XI-TEST-STUCK"))).isNotEmpty()
                .noneMatch(line -> line.contains("Progress report overdue"));
        assertThat(jdbc.sql("select count(*) from accounts.audit_event where record_type = 'projects.project' and record_id = ? and action = 'UPDATE'")
                .param(String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theDonorReportDownloadsAsWordAndPdf() throws Exception {
        long id = jdbc.sql("select id from projects.project where iati_identifier = 'XI-TEST-STUCK'").query(Long.class).single();
        var docx = mvc.perform(get("/projects/" + id + "/report").param("format", "docx").param("lang", "fr")).andReturn().getResponse();
        assertThat(docx.getContentType()).startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx.getContentAsByteArray()))) {
            String text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(document).getText();
            assertThat(text).contains("2. Avancement financier").contains("Taux d'exécution cumulé : 40\u00a0%");
        }
        var pdf = mvc.perform(get("/projects/reports").param("donor", "Departamento de Trabajo de los Estados Unidos")
                .param("format", "pdf").param("lang", "es")).andReturn().getResponse();
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        assertThat(new String(pdf.getContentAsByteArray(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    }

    @Test
    void totalsConvertThroughTheSecretariatsExchangeRates() throws Exception {
        mvc.perform(post("/projects/exchange-rates").with(csrf()).with(SignedIn.as("secretariat", Role.SECRETARIAT))
                .param("currency", "eur").param("year", "2021").param("unitsPerUsd", "0,85"));
        assertThat(jdbc.sql("select projects.to_usd(85, 'EUR', date '2021-06-01')").query(java.math.BigDecimal.class).single())
                .isEqualByComparingTo("100");
        mvc.perform(post("/projects/exchange-rates").with(csrf()).with(SignedIn.focalPoint("focal.gt", "GT", org.labourhub.platform.Constituency.GOVERNMENT))
                .param("currency", "EUR").param("year", "2021").param("unitsPerUsd", "5"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isForbidden());
    }
}
