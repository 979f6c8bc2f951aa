package org.labourhub.riskmaps.datasets;

import org.junit.jupiter.api.Test;
import org.labourhub.IntegrationTest;
import org.labourhub.accounts.Role;
import org.labourhub.accounts.SignedIn;
import org.labourhub.platform.Constituency;
import org.labourhub.platform.jobs.Job;
import org.labourhub.platform.jobs.JobStatus;
import org.labourhub.platform.jobs.Jobs;
import org.labourhub.riskmaps.Dataset;
import org.labourhub.riskmaps.DatasetVariable;
import org.labourhub.riskmaps.Datasets;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Datasets uploaded through the page and read by their job, as an analyst or focal point would: CSV in UTF-8 and
 * Windows-1252, a Stata file written by R; their variables listed to the uploader only; bad files refused with the
 * file, line, column and variable in the reader's language, leaving nothing behind; microdata deleted.
 */
@IntegrationTest
@AutoConfigureMockMvc
class DatasetsTest {

    static final RequestPostProcessor PERU = SignedIn.focalPoint("ds.pe", "PE", Constituency.GOVERNMENT);
    static final RequestPostProcessor PERU_COLLEAGUE = SignedIn.focalPoint("ds.pe.2", "PE", Constituency.GOVERNMENT);
    static final RequestPostProcessor PERU_WORKERS = SignedIn.focalPoint("ds.pe.w", "PE", Constituency.WORKERS);
    static final RequestPostProcessor GUATEMALA = SignedIn.focalPoint("ds.gt", "GT", Constituency.GOVERNMENT);
    static final RequestPostProcessor SECRETARIAT = SignedIn.as("ds.secretariat", Role.SECRETARIAT);

    static final String SURVEY = """
            id,edad,sexo,horas,dpto,area,comentario
            1,7,1,0,01,1,sí
            2,12,2,20,02,2,
            3,15,2,50,01,1,niño en campo
            4,9,1,,03,2,""";

    @Autowired
    MockMvc mvc;
    @Autowired
    Jobs jobs;
    @Autowired
    Datasets datasets;
    @Autowired
    DatasetFiles files;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MessageSource messages;

    @Test
    void aUtf8SurveyIsReadInTheBackgroundAndItsVariablesListedToItsUploader() throws Exception {
        byte[] bytes = SURVEY.getBytes(StandardCharsets.UTF_8);
        Dataset survey = uploaded(PERU, "PE", "SURVEY", "ENTI 2015", "enti-2015.csv", bytes);
        assertThat(survey.rows()).isEqualTo(4);
        assertThat(survey.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
        DatasetVariable age = survey.variable("edad").orElseThrow();
        assertThat(age.numeric()).isTrue();
        assertThat(age.min()).isEqualTo(7.0);
        assertThat(age.max()).isEqualTo(15.0);
        assertThat(survey.variable("horas").orElseThrow().missing()).isEqualTo(1);
        assertThat(survey.variable("comentario").orElseThrow().numeric()).isFalse();
        assertThat(Files.readString(files.resolve(survey.engineFile()))).contains("3,15,2,50,01,1,niño en campo");
        assertThat(Files.readAllBytes(files.resolve(survey.storedFile()))).isEqualTo(bytes);
        assertThat(audited(survey.id())).isEqualTo(1);

        mvc.perform(get("/riskmaps/datasets/{id}", survey.id()).with(PERU).locale(Locale.forLanguageTag("es")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("7 variables")))
                .andExpect(content().string(containsString("7 a 15")))
                .andExpect(content().string(containsString("niño en campo")));
        mvc.perform(get("/riskmaps/datasets").param("country", "PE").with(PERU).locale(Locale.ENGLISH))
                .andExpect(content().string(containsString("ENTI 2015")));
    }

    @Test
    void aWindows1252FileWithSemicolonsIsReadAsExcelWroteIt() throws Exception {
        String text = "id;edad;comuna\r\n1;8;Ñuñoa\r\n2;13;Peñalolén\r\n";
        Dataset survey = uploaded(PERU, "PE", "SURVEY", "Encuesta Windows", "excel.csv", text.getBytes(Charset.forName("windows-1252")));
        assertThat(survey.variable("comuna").orElseThrow().examples()).containsExactly("Ñuñoa", "Peñalolén");
        assertThat(Files.readString(files.resolve(survey.engineFile()), StandardCharsets.UTF_8))
                .isEqualTo("id,edad,comuna\r\n1,8,Ñuñoa\r\n2,13,Peñalolén\r\n");
    }

    @Test
    void aStataCensusWrittenByRKeepsItsLabelsAndItsCodesAsText() throws Exception {
        Path dta = Files.createTempFile("censo", ".dta");
        r("library(haven); d <- data.frame(id=1:4, edad=c(7,12,15,9), sexo=labelled(c(1,2,2,1), c(Hombre=1, Mujer=2)),"
                + " dpto=c('01','02','01','03')); attr(d$edad, 'label') <- 'Edad en años'; write_dta(d, '" + dta + "')");
        Dataset census = uploaded(PERU, "PE", "CENSUS", "Censo 2017", "censo-2017.dta", Files.readAllBytes(dta));
        assertThat(census.rows()).isEqualTo(4);
        assertThat(census.variable("edad").orElseThrow().label()).isEqualTo("Edad en años");
        assertThat(census.variable("sexo").orElseThrow().valueLabels()).containsEntry("1", "Hombre").containsEntry("2", "Mujer");
        assertThat(census.variable("sexo").orElseThrow().examples()).containsExactly("1 = Hombre", "2 = Mujer");
        assertThat(Files.readString(files.resolve(census.engineFile()))).contains("1,7,1,01");
        mvc.perform(get("/riskmaps/datasets/{id}", census.id()).with(PERU).locale(Locale.FRENCH))
                .andExpect(content().string(containsString("Edad en años")))
                .andExpect(content().string(containsString("1 = Hombre; 2 = Mujer")));
    }

    @Test
    void nobodyButTheUploaderAndTheSecretariatSeesTheMicrodata() throws Exception {
        Dataset survey = uploaded(PERU, "PE", "SURVEY", "Privada", "privada.csv", SURVEY.getBytes(StandardCharsets.UTF_8));
        for (RequestPostProcessor other : List.of(PERU_COLLEAGUE, PERU_WORKERS, GUATEMALA)) {
            mvc.perform(get("/riskmaps/datasets/{id}", survey.id()).with(other)).andExpect(status().isForbidden());
            mvc.perform(get("/riskmaps/datasets/{id}/mapping", survey.id()).with(other)).andExpect(status().isForbidden());
            mvc.perform(post("/riskmaps/datasets/{id}/delete", survey.id()).param("version", "0").with(csrf()).with(other))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/riskmaps/datasets/{id}", survey.id()).with(anonymous())).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/riskmaps/datasets").param("country", "PE").with(PERU_COLLEAGUE).locale(Locale.ENGLISH))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("Privada"))));
        mvc.perform(get("/riskmaps/datasets/{id}", survey.id()).with(SECRETARIAT)).andExpect(status().isOk());
        for (RequestPostProcessor other : List.of(PERU_WORKERS, GUATEMALA)) {
            mvc.perform(get("/riskmaps/datasets/new").param("country", "PE").with(other)).andExpect(status().isForbidden());
            mvc.perform(multipart("/riskmaps/datasets/new").file(file("x.csv", SURVEY.getBytes(StandardCharsets.UTF_8)))
                    .param("country", "PE").param("kind", "SURVEY").param("name", "X").with(csrf()).with(other))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(multipart("/riskmaps/datasets/new").file(file("x.csv", SURVEY.getBytes(StandardCharsets.UTF_8)))
                .param("country", "PE").param("kind", "SURVEY").param("name", "X").with(csrf()).with(anonymous()))
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void theUploaderDeletesTheMicrodataAndItsDescriptionStays() throws Exception {
        Dataset survey = uploaded(PERU, "PE", "SURVEY", "Para borrar", "borrar.csv", SURVEY.getBytes(StandardCharsets.UTF_8));
        Path original = files.resolve(survey.storedFile());
        mvc.perform(post("/riskmaps/datasets/{id}/delete", survey.id()).param("version", "5").with(csrf()).with(PERU)
                        .locale(Locale.ENGLISH))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Someone else changed this record")));
        assertThat(original).exists();
        mvc.perform(post("/riskmaps/datasets/{id}/delete", survey.id()).param("version", "0").with(csrf()).with(PERU))
                .andExpect(redirectedUrlPattern("/riskmaps/datasets/*?deleted"));
        assertThat(original).doesNotExist();
        assertThat(files.resolve(survey.engineFile())).doesNotExist();
        Dataset after = datasets.find(survey.id()).orElseThrow();
        assertThat(after.isDeleted()).isTrue();
        assertThat(after.variables()).hasSize(7);
        assertThat(after.sha256()).isEqualTo(survey.sha256());
    }

    @Test
    void aFileThatIsNotWhatItsNameSaysIsRefusedByNameAndNothingIsSaved() throws Exception {
        long before = count();
        String refusal = refused("hogares.dta", SURVEY.getBytes(StandardCharsets.UTF_8), Locale.forLanguageTag("es"));
        assertThat(refusal).startsWith("hogares.dta: Este archivo no es un archivo Stata, aunque su nombre lo diga.");
        assertThat(refused("hogares.xlsx", SURVEY.getBytes(StandardCharsets.UTF_8), Locale.ENGLISH))
                .startsWith("hogares.xlsx: This file is not in the");
        assertThat(refused("vacia.csv", "id,edad\n".getBytes(StandardCharsets.UTF_8), Locale.ENGLISH))
                .isEqualTo("vacia.csv: It has a header but no row of data.");
        assertThat(refused("cortada.csv", "id,edad\n1,7\n2,8,9\n".getBytes(StandardCharsets.UTF_8), Locale.FRENCH))
                .startsWith("cortada.csv, ligne 3").endsWith(" : Cette ligne a 3 champs alors que l'en-tête en a 2.");
        assertThat(count()).isEqualTo(before);
        try (var incoming = Files.list(files.resolve("incoming"))) {
            assertThat(incoming).isEmpty();
        }
    }

    @Test
    void anEmptyFileAnUnknownFormatAndAFileOverTheLimitAreRefusedOnTheForm() throws Exception {
        long before = count();
        mvc.perform(multipart("/riskmaps/datasets/new").file(file("nada.csv", new byte[0])).param("country", "PE")
                        .param("kind", "SURVEY").param("name", "Nada").with(csrf()).with(PERU).locale(Locale.forLanguageTag("pt")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("nada.csv está vazio: não contém nenhum dado.")));
        mvc.perform(multipart("/riskmaps/datasets/new").file(file("datos.pdf", new byte[] {1, 2})).param("country", "PE")
                        .param("kind", "SURVEY").param("name", "").with(csrf()).with(PERU).locale(Locale.ENGLISH))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("datos.pdf is not a file LabourHub reads")))
                .andExpect(content().string(containsString("id=\"name-error\"")));
        assertThat(count()).isEqualTo(before);
        var check = new FileCheck(messages, 1024);
        assertThat(check.problem(file("censo.csv", new byte[1536]), "censo.csv", Locale.ENGLISH))
                .isEqualTo("censo.csv is 2 kB, more than the limit of 1 kB for a dataset. Ask the administrator to raise it (LABOURHUB_MAX_DATASET).");
    }

    private String refused(String name, byte[] content, Locale locale) throws Exception {
        Job job = job(PERU, "PE", "SURVEY", "Refusée", name, content);
        assertThat(job.status()).isEqualTo(JobStatus.SUCCEEDED);
        String page = mvc.perform(get("/riskmaps/datasets/read/{job}", job.id()).with(PERU).locale(locale))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        var alert = org.jsoup.Jsoup.parse(page).selectFirst("p.error[role=alert]");
        assertThat(alert).as("the refusal on the page").isNotNull();
        return alert.text();
    }

    private Dataset uploaded(RequestPostProcessor who, String country, String kind, String name, String fileName,
                             byte[] content) throws Exception {
        return new DatasetUploads(mvc, jobs, datasets).uploaded(who, country, kind, name, fileName, content);
    }

    private Job job(RequestPostProcessor who, String country, String kind, String name, String fileName, byte[] content)
            throws Exception {
        return new DatasetUploads(mvc, jobs, datasets).job(who, country, kind, name, fileName, content);
    }

    private static MockMultipartFile file(String name, byte[] content) {
        return DatasetUploads.file(name, content);
    }

    private long count() {
        return jdbc.sql("select count(*) from riskmaps.dataset").query(Long.class).single();
    }

    private long audited(long id) {
        return jdbc.sql("select count(*) from accounts.audit_event where record_type = 'dataset' and record_id = ?")
                .param(String.valueOf(id)).query(Long.class).single();
    }

    static void r(String script) throws Exception {
        Process process = new ProcessBuilder("Rscript", "-e", script).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES) && process.exitValue() == 0).as("R wrote the file: %s", output).isTrue();
    }
}
