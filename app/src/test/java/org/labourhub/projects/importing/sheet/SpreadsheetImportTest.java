package org.labourhub.projects.importing.sheet;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.labourhub.IntegrationTest;
import org.labourhub.accounts.Role;
import org.labourhub.accounts.SignedIn;
import org.labourhub.platform.jobs.Jobs;
import org.labourhub.projects.importing.ImportJobs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/** A Windows-1252 CSV with semicolons and an XLSX workbook go through upload, column mapping and the import job. */
@IntegrationTest
@AutoConfigureMockMvc
class SpreadsheetImportTest {

    @Autowired MockMvc mvc;
    @Autowired Jobs jobs;
    @Autowired JdbcClient jdbc;

    @Test
    void aWindows1252CsvWithSemicolonsImportsItsGoodRowsAndListsTheBadOnes() throws Exception {
        String csv = "Código;Título;Países;Inicio;Fin;Financiador;Presupuesto;Moneda\r\n"
                + "SH-1;Formación profesional en Panamá y Perú;PA;2021-01-01;2022-12-31;AECID;150000,50;EUR\r\n"
                + "SH-2;Prevención del trabajo infantil;XX;2022-01-01;2021-01-01;;;\r\n"
                + "SH-3;Año sin moneda;PE;2021-01-01;2022-12-31;;1000;\r\n";
        String token = upload("proyectos.csv", csv.getBytes(Charset.forName("windows-1252")));
        mvc.perform(get("/projects/import/spreadsheet/" + token).with(SignedIn.as("secretariat", Role.SECRETARIAT)).locale(Locale.ENGLISH))
                .andExpect(content().string(containsString("CSV, Windows-1252, ;")))
                .andExpect(content().string(containsString("Formación profesional en Panamá y Perú")));
        var job = startImport(token, "saveAs", "Inventario OIT");
        assertThat(jdbc.sql("select title->>'es' from projects.project p join projects.provenance v on v.project_id = p.id "
                + "where v.source = 'SPREADSHEET' and v.source_key = 'SH-1'").query(String.class).single())
                .isEqualTo("Formación profesional en Panamá y Perú");
        assertThat(jdbc.sql("select count(*) from projects.provenance where source = 'SPREADSHEET' and source_key = 'SH-2'")
                .query(Long.class).single()).isZero();
        mvc.perform(get("/projects/imports/" + job).with(SignedIn.as("secretariat", Role.SECRETARIAT)).locale(Locale.ENGLISH))
                .andExpect(content().string(containsString("3 rows read: 2 imported, 1 refused.")))
                .andExpect(content().string(containsString("C (Países)")))
                .andExpect(content().string(containsString("the end, January 1, 2021, comes before the start, January 1, 2022")));
        assertThat(currencyOf("SH-3")).isEqualTo("USD"); // no currency in the row: the one chosen for the file
        mvc.perform(get("/api/projects").param("q", "formacion profesional panama"))
                .andExpect(content().string(containsString("XM-LABOURHUB-S-SH-1")));
        assertThat(jdbc.sql("select count(*) from projects.column_mapping where name = 'Inventario OIT'").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anXlsxWorkbookIsReadStreamingWithItsDates() throws Exception {
        var bytes = new ByteArrayOutputStream();
        try (var book = new XSSFWorkbook()) {
            var sheet = book.createSheet("Projets");
            writeRow(sheet, 0, "Código", "Título", "Países", "Inicio", "Fin");
            var row = writeRow(sheet, 1, "XL-1", "Diálogo social en Honduras", "HN");
            var dateStyle = book.createCellStyle();
            dateStyle.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            var start = row.createCell(3);
            start.setCellValue(java.time.LocalDate.of(2020, 3, 1));
            start.setCellStyle(dateStyle);
            var end = row.createCell(4);
            end.setCellValue(java.time.LocalDate.of(2022, 2, 28));
            end.setCellStyle(dateStyle);
            book.write(bytes);
        }
        String token = upload("proyectos.xlsx", bytes.toByteArray());
        startImport(token, "saveAs", "");
        assertThat(jdbc.sql("select planned_start::text from projects.project p join projects.provenance v on v.project_id = p.id "
                + "where v.source = 'SPREADSHEET' and v.source_key = 'XL-1'").query(String.class).single()).isEqualTo("2020-03-01");
    }

    @Test
    void theSheetToImportCanBeChosenInAWorkbookOfSeveral() throws Exception {
        var bytes = new ByteArrayOutputStream();
        try (var book = new XSSFWorkbook()) {
            book.createSheet("Notes").createRow(0).createCell(0).setCellValue("Read me first");
            var sheet = book.createSheet("Inventario 2024");
            writeRow(sheet, 0, "Código", "Título", "Países");
            writeRow(sheet, 1, "XL-2", "Inspección del trabajo en Guatemala", "GT");
            book.write(bytes);
        }
        String token = upload("libro.xlsx", bytes.toByteArray());
        mvc.perform(get("/projects/import/spreadsheet/" + token).with(SignedIn.as("secretariat", Role.SECRETARIAT)).locale(Locale.ENGLISH))
                .andExpect(content().string(containsString("Sheet of the workbook")))
                .andExpect(content().string(containsString("Read me first")));
        mvc.perform(get("/projects/import/spreadsheet/" + token).param("sheet", "1")
                        .with(SignedIn.as("secretariat", Role.SECRETARIAT)).locale(Locale.ENGLISH))
                .andExpect(content().string(containsString("<option value=\"1\" selected=\"selected\">Inventario 2024</option>")))
                .andExpect(content().string(containsString("Inspección del trabajo en Guatemala")));
        startImport(token, "sheet", "1");
        assertThat(jdbc.sql("select title->>'es' from projects.project p join projects.provenance v on v.project_id = p.id "
                + "where v.source = 'SPREADSHEET' and v.source_key = 'XL-2'").query(String.class).single())
                .isEqualTo("Inspección del trabajo en Guatemala");
    }

    private static org.apache.poi.ss.usermodel.Row writeRow(org.apache.poi.ss.usermodel.Sheet sheet, int number, String... cells) {
        var row = sheet.createRow(number);
        for (int i = 0; i < cells.length; i++) {
            row.createCell(i).setCellValue(cells[i]);
        }
        return row;
    }

    @Test
    void aNulByteOrAnAmountBeyondTheColumnRefusesTheRowWithAMessage() throws Exception {
        String csv = "Código;Título;Países;Inicio;Fin;Financiador;Presupuesto;Moneda\r\n"
                + "SH-NUL;Título con \0 nulo;PA;2021-01-01;2022-12-31;;1000;USD\r\n"
                + "SH-HUGE;Presupuesto enorme;PA;2021-01-01;2022-12-31;;1e400;USD\r\n"
                + "SH-LONG;Presupuesto de cuarenta cifras;PA;2021-01-01;2022-12-31;;" + "9".repeat(40) + ";USD\r\n";
        var job = startImport(upload("limites.csv", csv.getBytes(StandardCharsets.UTF_8)));
        mvc.perform(get("/projects/imports/" + job).with(SignedIn.as("secretariat", Role.SECRETARIAT)).locale(Locale.ENGLISH))
                .andExpect(content().string(containsString("3 rows read: 0 imported, 3 refused.")))
                .andExpect(content().string(containsString("holds a NUL character (byte 0)")))
                .andExpect(content().string(containsString("is larger than any amount LabourHub stores")));
    }

    @Test
    void aSpreadsheetWithoutACurrencyColumnTakesTheCurrencyChosenOnTheMappingScreen() throws Exception {
        String csv = "Código;Título;Países;Inicio;Fin;Presupuesto\r\n"
                + "CUR-1;Empleo verde en Costa Rica;CR;2021-01-01;2022-12-31;50000\r\n";
        String token = upload("sin-moneda.csv", csv.getBytes(StandardCharsets.UTF_8));
        mvc.perform(get("/projects/import/spreadsheet/" + token).with(SignedIn.as("secretariat", Role.SECRETARIAT)).locale(Locale.ENGLISH))
                .andExpect(content().string(containsString("Currency of amounts without one")))
                .andExpect(content().string(containsString("<select id=\"defaultCurrency\" name=\"defaultCurrency\" required")))
                .andExpect(content().string(containsString("US Dollar (USD)")));
        mvc.perform(get("/projects/import/spreadsheet/" + token).with(SignedIn.as("secretariat", Role.SECRETARIAT))
                        .locale(Locale.forLanguageTag("es")))
                .andExpect(content().string(containsString("dólar estadounidense (USD)")));

        String refused = mvc.perform(post("/projects/import/spreadsheet/" + token).with(csrf()).with(SignedIn.as("secretariat", Role.SECRETARIAT))
                .param("column.key", "Código").param("column.title", "Título").param("name", "sin-moneda.csv"))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(refused).contains("needCurrency");
        mvc.perform(get("/projects/import/spreadsheet/" + token).param("needCurrency", "")
                        .with(SignedIn.as("secretariat", Role.SECRETARIAT)).locale(Locale.ENGLISH))
                .andExpect(content().string(containsString("Choose the currency of amounts that give none.")));

        var job = startImport(token, "column.currency", "");
        mvc.perform(get("/projects/imports/" + job).with(SignedIn.as("secretariat", Role.SECRETARIAT)).locale(Locale.ENGLISH))
                .andExpect(content().string(containsString("1 row read: 1 imported, 0 refused.")));
        assertThat(currencyOf("CUR-1")).isEqualTo("USD");
    }

    @Test
    void aCurrencyGivenInTheRowWinsOverTheFilesDefault() throws Exception {
        String csv = "Código;Título;Países;Inicio;Fin;Presupuesto;Moneda\r\n"
                + "CUR-2;Diálogo social en Chile;CL;2021-01-01;2022-12-31;1000;eur\r\n"
                + "CUR-3;Diálogo social en Uruguay;UY;2021-01-01;2022-12-31;2000;\r\n";
        startImport(upload("monedas.csv", csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(currencyOf("CUR-2")).isEqualTo("EUR");
        assertThat(currencyOf("CUR-3")).isEqualTo("USD");
    }

    @Test
    void aBadRowsMessageNamesItsRowColumnAndHeaderInSpanishAndEnglish() throws Exception {
        String csv = "Código;Título;Países;Inicio;Fin\r\n"
                + "ROW-1;Inspección del trabajo en Panamá;PA;2021-01-01;2022-12-31\r\n"
                + "ROW-2;Inspección del trabajo en ninguna parte;XX;2021-01-01;2022-12-31\r\n";
        var job = startImport(upload("inspeccion.csv", csv.getBytes(StandardCharsets.UTF_8)), "name", "inspeccion.csv");
        String english = mvc.perform(get("/projects/imports/" + job).with(SignedIn.as("secretariat", Role.SECRETARIAT)).locale(Locale.ENGLISH))
                .andReturn().getResponse().getContentAsString();
        assertThat(org.jsoup.Jsoup.parse(english).select("tbody tr").text())
                .isEqualTo("3 ROW-2 C (Países) Countries “XX” is not a country code: write two-letter ISO codes (PE, GT…), separated by semicolons");
        assertThat(org.jsoup.Jsoup.parse(english).select("main").text()).contains("File inspeccion.csv", "Row", "Column", "Field")
                .doesNotContain("ctivit", "iati-identifier", "element");
        String spanish = mvc.perform(get("/projects/imports/" + job).with(SignedIn.as("secretariat", Role.SECRETARIAT))
                        .locale(Locale.forLanguageTag("es")))
                .andReturn().getResponse().getContentAsString();
        assertThat(org.jsoup.Jsoup.parse(spanish).select("tbody tr").text())
                .isEqualTo("3 ROW-2 C (Países) Países «XX» no es un código de país: escriba códigos ISO de dos letras (PE, GT…), separados por punto y coma");
        assertThat(org.jsoup.Jsoup.parse(spanish).select("main").text())
                .contains("Archivo inspeccion.csv", "Fila", "Columna", "Campo", "2 filas leídas: 1 importada, 1 rechazada.")
                .doesNotContain("ctividad", "iati-identifier", "elemento");
    }

    private String currencyOf(String key) {
        return jdbc.sql("select b.currency from projects.budget b join projects.provenance v on v.project_id = b.project_id "
                + "where v.source = 'SPREADSHEET' and v.source_key = ?").param(key).query(String.class).single();
    }

    private String upload(String name, byte[] content) throws Exception {
        String location = mvc.perform(multipart("/projects/import/spreadsheet").file(new MockMultipartFile("file", name, "application/octet-stream", content))
                .with(csrf()).with(SignedIn.as("secretariat", Role.SECRETARIAT))).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/projects/import/spreadsheet/");
        return location.substring("/projects/import/spreadsheet/".length(), location.indexOf('?'));
    }

    private long startImport(String token, String... extra) throws Exception {
        var form = new java.util.LinkedHashMap<String, String>(Map.of("column.key", "Código", "column.title", "Título",
                "column.countries", "Países", "column.plannedStart", "Inicio", "column.plannedEnd", "Fin",
                "column.funder", "Financiador", "column.budget", "Presupuesto", "column.currency", "Moneda",
                "language", "es", "name", "upload"));
        form.put("defaultCurrency", "USD");
        for (int i = 0; i < extra.length; i += 2) {
            form.put(extra[i], extra[i + 1]);
        }
        var request = post("/projects/import/spreadsheet/" + token).with(csrf()).with(SignedIn.as("secretariat", Role.SECRETARIAT));
        form.forEach(request::param);
        String location = mvc.perform(request).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/jobs/");
        long id = Long.parseLong(location.substring("/jobs/".length()));
        ImportJobs.waitFor(jobs, id);
        return id;
    }
}
