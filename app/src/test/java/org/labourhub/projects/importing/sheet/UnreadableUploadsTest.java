package org.labourhub.projects.importing.sheet;

import org.jsoup.Jsoup;
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

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Bad files generated here, uploaded through the spreadsheet form: what the reader sees says what is wrong with the
 * file and what to do, in their language; no library's message (POI's "Zip bomb detected!", "OOXML"…) reaches a page.
 */
@IntegrationTest
@AutoConfigureMockMvc
class UnreadableUploadsTest {

    private static final String[] LIBRARY_WORDS = {"Zip bomb detected", "OOXML", "ZipSecureFile", "Exception", "org.apache",
            "EncryptedPackage", "OLE2", "SAX"};

    @Autowired MockMvc mvc;
    @Autowired Jobs jobs;
    @Autowired JdbcClient jdbc;

    @Test
    void aZipBombIsRefusedOnTheMappingPageInSpanishAndEnglish() throws Exception {
        String token = upload("bomba.xlsx", SheetFiles.zipBombBeforeRow(SheetFiles.workbook(3), 1));
        assertThat(mappingPage(token, "bomba.xlsx", "es")).contains("«bomba.xlsx» se descomprime a más de cien veces su tamaño",
                "elimine esas filas y columnas vacías");
        assertThat(mappingPage(token, "bomba.xlsx", "en")).contains("“bomba.xlsx” unpacks to more than a hundred times its size");
    }

    @Test
    void aTextFileNamedXlsxIsRefusedInFrenchAndPortuguese() throws Exception {
        String token = upload("inventario.xlsx", "Código,Título\nA-1,Uno\n".getBytes(StandardCharsets.UTF_8));
        assertThat(mappingPage(token, "inventario.xlsx", "fr")).contains(
                "« inventario.xlsx » porte l'extension .xlsx mais n'est pas un classeur Excel", "renommez-le en .csv");
        assertThat(mappingPage(token, "inventario.xlsx", "pt")).contains(
                "“inventario.xlsx” tem a extensão .xlsx, mas não é uma pasta de trabalho do Excel");
    }

    @Test
    void aPasswordProtectedWorkbookIsRefusedInEnglishAndSpanish() throws Exception {
        String token = upload("protegido.xlsx", SheetFiles.encrypted(SheetFiles.workbook(3), "secreto"));
        assertThat(mappingPage(token, "protegido.xlsx", "en")).contains("“protegido.xlsx” is protected by a password",
                "remove the password");
        assertThat(mappingPage(token, "protegido.xlsx", "es")).contains("«protegido.xlsx» está protegido con contraseña");
    }

    @Test
    void damageTheImportMeetsAfterThePreviewStopsItWithTheSameKindOfMessage() throws Exception {
        byte[] workbook = SheetFiles.zipBombBeforeRow(SheetFiles.workbook(40), 30);
        String token = upload("bomba-tardia.xlsx", workbook);
        assertThat(mappingPage(token, "bomba-tardia.xlsx", "en")).contains("Proyecto número 5").doesNotContain("unpacks");

        String location = mvc.perform(post("/projects/import/spreadsheet/" + token).with(csrf())
                        .with(SignedIn.as("secretariat", Role.SECRETARIAT))
                        .param("column.key", "Código").param("column.title", "Título").param("language", "es")
                        .param("defaultCurrency", "USD").param("name", "bomba-tardia.xlsx"))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/jobs/");
        long job = ImportJobs.waitFor(jobs, Long.parseLong(location.substring("/jobs/".length()))).id();
        String french = Jsoup.parse(mvc.perform(get("/projects/imports/" + job).with(SignedIn.as("secretariat", Role.SECRETARIAT))
                .locale(Locale.FRENCH)).andReturn().getResponse().getContentAsString()).select("main").text();
        assertThat(french).contains("Le fichier n'a pas pu être lu jusqu'au bout : rien n'a été modifié.",
                "« bomba-tardia.xlsx » se décompresse en plus de cent fois sa taille").doesNotContain(LIBRARY_WORDS);
        assertThat(jdbc.sql("select count(*) from projects.provenance where source = 'SPREADSHEET' and source_key = 'SF-1'")
                .query(Long.class).single()).isZero();
    }

    private String upload(String name, byte[] content) throws Exception {
        String location = mvc.perform(multipart("/projects/import/spreadsheet")
                        .file(new MockMultipartFile("file", name, "application/octet-stream", content))
                        .with(csrf()).with(SignedIn.as("secretariat", Role.SECRETARIAT)))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/projects/import/spreadsheet/");
        return location.substring("/projects/import/spreadsheet/".length(), location.indexOf('?'));
    }

    /** The mapping page's main text as a reader of this language sees it, checked free of library messages. */
    private String mappingPage(String token, String name, String language) throws Exception {
        var response = mvc.perform(get("/projects/import/spreadsheet/" + token).param("name", name)
                .with(SignedIn.as("secretariat", Role.SECRETARIAT)).locale(Locale.forLanguageTag(language))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        String text = Jsoup.parse(response.getContentAsString()).select("main").text();
        assertThat(text).doesNotContain(LIBRARY_WORDS);
        return text;
    }
}
