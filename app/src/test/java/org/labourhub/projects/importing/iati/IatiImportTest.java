package org.labourhub.projects.importing.iati;

import org.junit.jupiter.api.Test;
import org.labourhub.IntegrationTest;
import org.labourhub.accounts.Role;
import org.labourhub.accounts.SignedIn;
import org.labourhub.platform.jobs.JobStatus;
import org.labourhub.platform.jobs.Jobs;
import org.labourhub.projects.importing.ImportJobs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

@IntegrationTest
@AutoConfigureMockMvc
class IatiImportTest {

    @Autowired MockMvc mvc;
    @Autowired Jobs jobs;
    @Autowired JdbcClient jdbc;

    @Test
    void validActivitiesImportInvalidOnesAreListedAndReimportUpdates() throws Exception {
        String file = IatiSamples.file(
                IatiSamples.activity("XI-TEST-IMP-1", "Inspección laboral en Guatemala", "GT", ""),
                IatiSamples.withoutTitle(IatiSamples.activity("XI-TEST-IMP-2", "Actividad sin título", "GT", "")),
                IatiSamples.activity("XI-TEST-IMP-3", "Actividad con código erróneo", "ZZ", ""));
        var job = ImportJobs.upload(mvc, jobs, "/projects/import/iati", "portfolio.xml", file, StandardCharsets.UTF_8);
        assertThat(job.status()).isEqualTo(JobStatus.SUCCEEDED);
        assertThat(count("XI-TEST-IMP-%")).as("an error flags an activity, only a critical problem refuses it").isEqualTo(2);
        mvc.perform(get("/projects/imports/" + job.id()).with(SignedIn.as("secretariat", Role.SECRETARIAT)).locale(Locale.FRENCH))
                .andExpect(content().string(containsString("3 enregistrements lus : 2 importés, 1 refusé.")))
                .andExpect(content().string(containsString("1 projet importé est signalé")))
                .andExpect(content().string(containsString("XI-TEST-IMP-2")))
                .andExpect(content().string(containsString("Critique : non importé")))
                .andExpect(content().string(containsString("n&#39;est pas un code de la liste Country")));
        long flagged = jdbc.sql("select id from projects.project where iati_identifier = 'XI-TEST-IMP-3'").query(Long.class).single();
        mvc.perform(get("/projects/flagged").with(SignedIn.as("secretariat", Role.SECRETARIAT)).locale(Locale.FRENCH))
                .andExpect(content().string(containsString("/projects/" + flagged + "#flags")));
        mvc.perform(get("/projects/" + flagged).with(SignedIn.as("secretariat", Role.SECRETARIAT)).locale(Locale.FRENCH))
                .andExpect(content().string(containsString("Problèmes trouvés à l&#39;import")))
                .andExpect(content().string(containsString("n&#39;est pas un code de la liste Country")));

        String again = file.replace("Inspección laboral en Guatemala", "Inspección laboral en Guatemala (revisado)");
        ImportJobs.upload(mvc, jobs, "/projects/import/iati", "portfolio.xml", again, StandardCharsets.UTF_8);
        assertThat(count("XI-TEST-IMP-%")).isEqualTo(2);
        assertThat(jdbc.sql("select title->>'es' from projects.project where iati_identifier = 'XI-TEST-IMP-1'")
                .query(String.class).single()).endsWith("(revisado)");
        assertThat(jdbc.sql("select count(*) from projects.provenance where source = 'IATI' and source_key = 'XI-TEST-IMP-1'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void textIsStoredAsWrittenWhateverItsCharactersAndAReimportReplacesThePartsInsteadOfAddingToThem() throws Exception {
        String title = "Inspección\t«laboral» \\ C:\\ruta\\N &quot;comillas&quot; 'simples' — 労働 🦺";
        String file = IatiSamples.file(IatiSamples.activity("XI-TEST-TEXT-1", title + "</narrative><narrative>segunda línea", "PE",
                "<participating-org role=\"3\"><narrative>Ministerio\tde Trabajo\\Empleo</narrative></participating-org>"));
        ImportJobs.upload(mvc, jobs, "/projects/import/iati", "text.xml", file, StandardCharsets.UTF_8);
        long id = jdbc.sql("select id from projects.project where iati_identifier = 'XI-TEST-TEXT-1'").query(Long.class).single();
        assertThat(jdbc.sql("select title->>'es' from projects.project where id = ?").param(id).query(String.class).single())
                .isEqualTo("Inspección\t«laboral» \\ C:\\ruta\\N \"comillas\" 'simples' — 労働 🦺\nsegunda línea");
        assertThat(jdbc.sql("select name from projects.participant where project_id = ? order by ctid").param(id).query(String.class).list())
                .containsExactly("Departamento de Trabajo de los Estados Unidos", "OIT", "Ministerio\tde Trabajo\\Empleo");
        assertThat(matches(id, "laboral")).isTrue();

        String again = IatiSamples.file(IatiSamples.activity("XI-TEST-TEXT-1", "Migración laboral", "PE", ""));
        ImportJobs.upload(mvc, jobs, "/projects/import/iati", "text.xml", again, StandardCharsets.UTF_8);
        assertThat(jdbc.sql("select id from projects.project where iati_identifier = 'XI-TEST-TEXT-1'").query(Long.class).list())
                .containsExactly(id);
        assertThat(jdbc.sql("select version from projects.project where id = ?").param(id).query(Integer.class).single()).isEqualTo(1);
        for (String part : List.of("participant", "recipient_country", "sector", "theme", "sdg_target", "budget", "transaction",
                "document", "result", "provenance")) {
            assertThat(jdbc.sql("select count(*) from projects." + part + " where project_id = ?").param(id).query(Long.class).single())
                    .as(part).isEqualTo(part.equals("participant") ? 2 : 1);
        }
        assertThat(jdbc.sql("select count(*) from projects.indicator i join projects.result r on r.id = i.result_id where r.project_id = ?")
                .param(id).query(Long.class).single()).isEqualTo(1);
        assertThat(matches(id, "migracion")).as("the search document follows the new title").isTrue();
        assertThat(matches(id, "ministerio")).as("nor keeps the organisation that left").isFalse();
    }

    @Test
    void everyLimitIsCheckedBeforeTheDatabaseAndNamed() throws Exception {
        String name = "Consorcio regional ".repeat(140); // 2,660 characters: cut at LabourHub's 2,000
        String activity = IatiSamples.activity("XI-TEST-LIMITS-1", "Límites", "GT", "")
                .replace("<recipient-country code=\"GT\" percentage=\"100\"/>",
                        "<recipient-country code=\"GT\" percentage=\"100\"/><recipient-country code=\"GT\" percentage=\"100\"/>")
                .replace("last-updated-datetime=\"2024-01-10T00:00:00Z\"", "last-updated-datetime=\"" + "2".repeat(60) + "\"")
                .replace("<activity-status", "<participating-org role=\"3\"><narrative>" + name + "</narrative></participating-org><activity-status")
                .replace("<period-end iso-date=\"2021-12-31\"/><target", "<period-end iso-date=\"2200-12-31\"/><target");
        var job = ImportJobs.upload(mvc, jobs, "/projects/import/iati", "limits.xml", IatiSamples.file(activity), StandardCharsets.UTF_8);
        assertThat(job.result()).doesNotContain("\"database\"").contains("\"duplicate\"").contains("\"cut\"").contains("\"yearRange\"");
        assertThat(count("XI-TEST-LIMITS-%")).isEqualTo(1);
        assertThat(jdbc.sql("select max(length(name)) from projects.participant pa join projects.project p on p.id = pa.project_id "
                + "where p.iati_identifier = 'XI-TEST-LIMITS-1'").query(Integer.class).single()).isEqualTo(2000);
    }

    @Test
    void anActivityTheDatabaseRefusesIsListedAndTheOthersOfItsBatchAreWrittenWhole() throws Exception {
        // every limit is checked before writing; a rule only the database knows stands for a mistake of the checker
        String refusedName = "Organización que la base de datos rechaza";
        jdbc.sql("alter table projects.participant add constraint test_refused check (name <> '" + refusedName + "')").update();
        String file = IatiSamples.file(
                IatiSamples.activity("XI-TEST-DB-1", "Primera", "SV", ""),
                IatiSamples.activity("XI-TEST-DB-2", "Segunda", "SV", "").replace(
                        "<activity-status", "<participating-org role=\"3\"><narrative>" + refusedName + "</narrative></participating-org><activity-status"),
                IatiSamples.activity("XI-TEST-DB-3", "Tercera", "SV", ""));
        org.labourhub.platform.jobs.Job job;
        try {
            job = ImportJobs.upload(mvc, jobs, "/projects/import/iati", "refused.xml", file, StandardCharsets.UTF_8);
        } finally {
            jdbc.sql("alter table projects.participant drop constraint test_refused").update();
        }
        assertThat(job.status()).isEqualTo(JobStatus.SUCCEEDED);
        assertThat(job.result()).contains("\"code\": \"database\"").contains("XI-TEST-DB-2");
        assertThat(jdbc.sql("select iati_identifier from projects.project where iati_identifier like 'XI-TEST-DB-%' order by 1")
                .query(String.class).list()).containsExactly("XI-TEST-DB-1", "XI-TEST-DB-3");
        assertThat(jdbc.sql("""
                select count(*) from projects.participant pa join projects.project p on p.id = pa.project_id
                where p.iati_identifier like 'XI-TEST-DB-%'""").query(Long.class).single()).isEqualTo(4);
        assertThat(jdbc.sql("select count(*) from projects.provenance where source_key like 'XI-TEST-DB-%'").query(Long.class).single())
                .isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from projects.participant where name = ?").param(refusedName).query(Long.class).single())
                .isZero();
        assertThat(job.result()).doesNotContain("test_refused").doesNotContain("violates");
    }

    @Test
    void participantsTheDirectoryKnowsByNameAreLinkedToItAndTheOrganisationPageListsTheirProjects() throws Exception {
        String file = IatiSamples.file(IatiSamples.activity("XI-TEST-LINK-1", "Inspección del trabajo en Honduras", "HN", ""));
        ImportJobs.upload(mvc, jobs, "/projects/import/iati", "linked.xml", file, StandardCharsets.UTF_8);
        long project = jdbc.sql("select id from projects.project where iati_identifier = 'XI-TEST-LINK-1'").query(Long.class).single();
        long usdol = jdbc.sql("select id from directory.organisation where key = 'usdol'").query(Long.class).single();
        long ilo = jdbc.sql("select id from directory.organisation where key = 'ilo'").query(Long.class).single();
        assertThat(jdbc.sql("select name, organisation_id from projects.participant where project_id = ? order by ctid").param(project)
                .query((rs, n) -> rs.getString(1) + "=" + rs.getObject(2)).list())
                .as("the funder is named as in the directory's Spanish name; \"OIT\" is the ILO's Spanish acronym")
                .containsExactly("Departamento de Trabajo de los Estados Unidos=" + usdol, "OIT=" + ilo);
        mvc.perform(get("/projects/" + project).locale(Locale.ENGLISH))
                .andExpect(content().string(containsString("href=\"/organisations/" + usdol + "\"")))
                .andExpect(content().string(containsString(">ILO (")));
        mvc.perform(get("/projects/" + project).locale(Locale.forLanguageTag("es")))
                .andExpect(content().string(containsString(">OIT (")));
        mvc.perform(get("/organisations/" + usdol).locale(Locale.forLanguageTag("es")))
                .andExpect(content().string(containsString("href=\"/projects/" + project + "\"")))
                .andExpect(content().string(containsString("Inspección del trabajo en Honduras")))
                .andExpect(content().string(containsString("financiadora")));
    }

    @Test
    void anOrganisationAddedToTheDirectoryLaterIsLinkedToTheParticipantsItNamesAndTheLinkIsAudited() throws Exception {
        String file = IatiSamples.file(IatiSamples.activity("XI-TEST-LATER-1", "Diálogo social en Paraguay", "PY",
                "<participating-org role=\"4\"><narrative>Cámara Paraguaya de Prueba</narrative></participating-org>"));
        ImportJobs.upload(mvc, jobs, "/projects/import/iati", "later.xml", file, StandardCharsets.UTF_8);
        String linked = "select organisation_id from projects.participant where name = 'Cámara Paraguaya de Prueba'";
        assertThat(jdbc.sql(linked).query(Long.class).list()).containsOnlyNulls();

        var added = mvc.perform(post("/organisations/new").with(csrf()).with(SignedIn.as("secretariat", Role.SECRETARIAT))
                        .param("type", "EMPLOYERS").param("name.original", "es").param("name.es", "Cámara paraguaya de prueba")
                        .param("country", "PY").param("version", "0"))
                .andReturn().getResponse();
        assertThat(added.getStatus()).isEqualTo(302);
        long organisation = jdbc.sql("select id from directory.organisation where name->>'es' = 'Cámara paraguaya de prueba'")
                .query(Long.class).single();
        assertThat(jdbc.sql(linked).query(Long.class).list()).containsExactly(organisation);
        assertThat(jdbc.sql("select actor from accounts.audit_event where record_type = 'projects.participant' and record_id = ?")
                .param("organisation-" + organisation).query(String.class).list()).containsExactly("secretariat");
    }

    private boolean matches(long id, String words) {
        return jdbc.sql("""
                select search_document @@ (plainto_tsquery('projects.es', ?) || plainto_tsquery('simple', public.unaccent(?)))
                from projects.project where id = ?""").params(words, words, id).query(Boolean.class).single();
    }

    @Test
    void aMalformedFileChangesNothingEvenAfterValidActivities() throws Exception {
        String file = IatiSamples.file(
                IatiSamples.activity("XI-TEST-BROKEN-1", "Primera, válida", "HN", ""),
                IatiSamples.activity("XI-TEST-BROKEN-2", "Segunda, rota", "HN", "").replace("</title>", "</titl>"));
        var job = ImportJobs.upload(mvc, jobs, "/projects/import/iati", "broken.xml", file, StandardCharsets.UTF_8);
        assertThat(count("XI-TEST-BROKEN-%")).isZero();
        assertThat(job.result()).contains("\"code\": \"malformed\"");
        mvc.perform(get("/projects/imports/" + job.id()).with(SignedIn.as("secretariat", Role.SECRETARIAT)).locale(Locale.ENGLISH))
                .andExpect(content().string(containsString("The file could not be read to the end, so nothing was changed.")))
                .andExpect(content().string(containsString("the XML is not well formed")));
    }

    @Test
    void anExternalEntityAttackIsRefusedReadsNothingAndChangesNothing() throws Exception {
        var secret = Files.createTempFile("lh-secret", ".txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        long before = jdbc.sql("select count(*) from projects.project").query(Long.class).single();
        String attack = "<?xml version=\"1.0\"?>\n<!DOCTYPE iati-activities [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<iati-activities version=\"2.03\">" + IatiSamples.activity("XI-TEST-XXE", "&xxe;", "GT", "") + "</iati-activities>";
        var job = ImportJobs.upload(mvc, jobs, "/projects/import/iati", "xxe.xml", attack, StandardCharsets.UTF_8);
        assertThat(job.result()).contains("\"code\": \"doctype\"").doesNotContain("TOP-SECRET");
        assertThat(jdbc.sql("select count(*) from projects.project").query(Long.class).single()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from projects.project where title::text like '%TOP-SECRET%'").query(Long.class).single()).isZero();
        Files.delete(secret);
    }

    @Test
    void onlyTheSecretariatMayImport() throws Exception {
        mvc.perform(get("/projects/import").with(SignedIn.focalPoint("focal.gt", "GT", org.labourhub.platform.Constituency.GOVERNMENT)))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isForbidden());
    }

    private long count(String like) {
        return jdbc.sql("select count(*) from projects.project where iati_identifier like ?").param(like).query(Long.class).single();
    }
}
