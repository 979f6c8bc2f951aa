package org.labourhub.projects.importing;

import org.junit.jupiter.api.Test;
import org.labourhub.IntegrationTest;
import org.labourhub.accounts.Role;
import org.labourhub.accounts.SignedIn;
import org.labourhub.platform.jobs.Jobs;
import org.labourhub.projects.importing.iati.IatiSamples;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * An import is audited as one entry with its counts, each project it created or changed as an entry linked to it,
 * reachable from it; a change reads field by field in the reader's language; a project's versions compare.
 */
@IntegrationTest
@AutoConfigureMockMvc
class ImportAuditTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");

    @Autowired MockMvc mvc;
    @Autowired Jobs jobs;
    @Autowired JdbcClient jdbc;

    @Test
    void anImportHasOneEntryWithItsCountsAndItsChangesAreReachableFromIt() throws Exception {
        String audited = IatiSamples.activity("XI-TEST-AUD-1", "Inspección laboral auditada", "GT", "");
        String untouched = IatiSamples.activity("XI-TEST-AUD-2", "Empleo juvenil auditado", "HN", "");
        String file = IatiSamples.file(audited, untouched, IatiSamples.withoutTitle(IatiSamples.activity("XI-TEST-AUD-3", "Actividad sin título", "GT", "")));
        var first = ImportJobs.upload(mvc, jobs, "/projects/import/iati", "cartera-2024.xml", file, StandardCharsets.UTF_8);
        long entry = jobEntry(first.id());
        assertThat(jdbc.sql("select actor from accounts.audit_event where id = ?").param(entry).query(String.class).single())
                .isEqualTo("secretariat");
        assertThat(jdbc.sql("select count(*) from accounts.audit_event where batch_id = ? and action = 'CREATE'").param(entry)
                .query(Long.class).single()).isEqualTo(2);

        String trail = page("/audit?batch=" + entry, SPANISH);
        assertThat(trail).contains("Importación de un archivo IATI de cartera-2024.xml")
                .contains("3 registros leídos: 2 creados, 0 actualizados, 0 sin cambios, 1 rechazado.")
                .contains("Inspección laboral auditada").contains("Empleo juvenil auditado");
        String list = page("/audit?module=projects&type=projects.iati-import", SPANISH);
        assertThat(list).contains("Ver los 2 cambios").contains("/audit?batch=" + entry);
        assertThat(page("/projects/imports/" + first.id(), SPANISH)).contains("/audit?batch=" + entry);

        String revised = audited.replace("Inspección laboral auditada", "Inspección laboral auditada y revisada")
                .replace("<activity-date type=\"3\" iso-date=\"2023-12-31\"/>", "<activity-date type=\"3\" iso-date=\"2024-08-31\"/>");
        String changed = IatiSamples.file(revised, untouched, IatiSamples.activity("XI-TEST-AUD-4", "Actividad nueva", "PE", ""));
        var second = ImportJobs.upload(mvc, jobs, "/projects/import/iati", "cartera-2024.xml", changed, StandardCharsets.UTF_8);
        long again = jobEntry(second.id());
        assertThat(page("/audit?batch=" + again, SPANISH))
                .contains("3 registros leídos: 1 creado, 1 actualizado, 1 sin cambios, 0 rechazados.");
        assertThat(jdbc.sql("select record_name from accounts.audit_event where batch_id = ? order by id").param(again)
                .query(String.class).list()).hasSize(2);

        // a change deep in a project (an indicator's achieved value) is a change, not "unchanged"
        String later = IatiSamples.file(revised, untouched.replace("<actual value=\"95\"/>", "<actual value=\"97\"/>"),
                IatiSamples.activity("XI-TEST-AUD-4", "Actividad nueva", "PE", ""));
        var third = ImportJobs.upload(mvc, jobs, "/projects/import/iati", "cartera-2025.xml", later, StandardCharsets.UTF_8);
        assertThat(page("/audit?batch=" + jobEntry(third.id()), SPANISH))
                .contains("3 registros leídos: 0 creados, 1 actualizado, 2 sin cambios, 0 rechazados.")
                .contains("Empleo juvenil auditado").contains("logrado 95").contains("logrado 97");

        // the change, field by field, in Spanish, without JSON
        long project = jdbc.sql("select id from projects.project where iati_identifier = 'XI-TEST-AUD-1'").query(Long.class).single();
        String update = page("/audit?type=projects.project&id=" + project + "&batch=" + again, SPANISH);
        assertThat(update).contains("Modificado").contains("Título").contains("Fin prevista")
                .contains("31 de diciembre de 2023").contains("31 de agosto de 2024")
                .contains("Inspección laboral auditada y revisada").contains("Proyecto")
                .doesNotContain("\"original\"").doesNotContain("{\"").doesNotContain("plannedEnd").doesNotContain("null");

        // the project's history: two versions, compared
        String history = page("/audit/history?type=projects.project&id=" + project, SPANISH);
        assertThat(history).contains("2 versiones").contains("Versión 1 comparada con la versión 2")
                .contains("Inspección laboral auditada y revisada").contains("31 de agosto de 2024")
                .doesNotContain("\"original\"");
        assertThat(page("/projects/" + project, SPANISH)).contains("/audit/history?type=projects.project&amp;id=" + project);
    }

    @Test
    void aFileThatCannotBeReadToTheEndIsAuditedAsChangingNothing() throws Exception {
        String broken = IatiSamples.file(IatiSamples.activity("XI-TEST-AUD-9", "Nunca importado", "GT", ""))
                .replace("</iati-activities>", "<iati-activity>");
        var job = ImportJobs.upload(mvc, jobs, "/projects/import/iati", "roto.xml", broken, StandardCharsets.UTF_8);
        long entry = jobEntry(job.id());
        assertThat(jdbc.sql("select count(*) from accounts.audit_event where batch_id = ?").param(entry).query(Long.class).single())
                .isZero();
        assertThat(page("/audit?batch=" + entry, Locale.ENGLISH)).contains("nothing was changed");
    }

    private long jobEntry(long jobId) {
        List<Long> entries = jdbc.sql("select id from accounts.audit_event where action = 'JOB' and record_id = ?")
                .param(String.valueOf(jobId)).query(Long.class).list();
        assertThat(entries).as("one audit entry for the import").hasSize(1);
        return entries.get(0);
    }

    private String page(String path, Locale locale) throws Exception {
        var response = mvc.perform(get(path).with(SignedIn.as("secretariat", Role.SECRETARIAT)).locale(locale))
                .andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        response.setCharacterEncoding("UTF-8");
        String html = response.getContentAsString();
        return html.substring(html.indexOf("<main"), html.indexOf("</main>")); // the page's own content, not the layout's

    }
}
