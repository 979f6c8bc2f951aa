package org.labourhub.accounts;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.labourhub.IntegrationTest;
import org.labourhub.platform.i18n.Language;
import org.labourhub.platform.i18n.MultilingualText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The audit trail read by person, module, record and date, a change field by field, a record's versions compared. */
@IntegrationTest
@AutoConfigureMockMvc
class AuditTrailTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");

    @Autowired MockMvc mvc;
    @Autowired AuditTrail audit;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transaction;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theTrailIsFilteredByPersonModuleRecordAndDateAndTheFilterIsInTheAddress() throws Exception {
        as("test.alicia", () -> audit.created("directory.organisation", 910001, organisation("Sindicato Alfa de prueba")));
        as("test.bruno", () -> audit.created("plan", 910002, Map.of("name", text("Plan Beta de prueba"), "kind", "WORK_PLAN")));
        as("test.bruno", () -> audit.created("directory.organisation", 910003, organisation("Cámara Gamma de prueba")));
        jdbc.sql("update accounts.audit_event set at = '2001-03-15 10:00+00' where record_type = 'directory.organisation' and record_id = '910003'")
                .update();

        String alicia = page("/audit?person=test.alicia", SPANISH);
        assertThat(alicia).contains("Sindicato Alfa de prueba").doesNotContain("Plan Beta de prueba").doesNotContain("Cámara Gamma");
        assertThat(alicia).contains("<option value=\"test.bruno\"").contains("selected=\"selected\"");

        String plans = page("/audit?module=plans&person=test.bruno", SPANISH);
        assertThat(plans).contains("Plan Beta de prueba").contains("Plan de trabajo").doesNotContain("Cámara Gamma");

        String march2001 = page("/audit?from=2001-03-01&to=2001-03-31", SPANISH);
        assertThat(march2001).contains("Cámara Gamma de prueba").doesNotContain("Sindicato Alfa").doesNotContain("Plan Beta");

        String byName = page("/audit?q=camara gamma", SPANISH);
        assertThat(byName).contains("Cámara Gamma de prueba").doesNotContain("Sindicato Alfa");
        String byRecord = page("/audit?type=directory.organisation&id=910001", SPANISH);
        assertThat(byRecord).contains("Sindicato Alfa de prueba").doesNotContain("Cámara Gamma");
    }

    @Test
    void aChangeReadsFieldByFieldInTheReadersLanguageWithoutJson() throws Exception {
        var before = new LinkedHashMap<String, Object>();
        before.put("title", new MultilingualText(Language.FR, Map.of(Language.FR, "Formation des inspecteurs", Language.ES, "Formación de inspectores")));
        before.put("status", "PIPELINE");
        before.put("plannedEnd", "2000-08-31");
        before.put("themes", java.util.List.of("CHILD_LABOUR"));
        var after = new LinkedHashMap<>(before);
        after.put("title", new MultilingualText(Language.FR, Map.of(Language.FR, "Formation des inspecteurs du travail",
                Language.ES, "Formación de inspectores del trabajo")));
        after.put("status", "IMPLEMENTATION");
        after.put("plannedEnd", "2001-12-31");
        after.put("themes", java.util.List.of("CHILD_LABOUR", "OSH"));
        as("test.carmen", () -> audit.created("projects.project", 920001, before));
        as("test.carmen", () -> audit.updated("projects.project", 920001, before, after));

        String page = page("/audit?type=projects.project&id=920001&person=test.carmen", SPANISH);
        assertThat(page).contains("Título").contains("Estado").contains("Fin prevista").contains("Temas")
                .contains("Formación de inspectores").contains("Formación de inspectores del trabajo")
                .contains("31 de agosto de 2000").contains("31 de diciembre de 2001")
                .contains("Seguridad y salud en el trabajo")
                .contains("Français").contains("Formation des inspecteurs du travail")
                .doesNotContain("PIPELINE").doesNotContain("\"original\"").doesNotContain("{\"").doesNotContain("plannedEnd");

        String history = page("/audit/history?type=projects.project&id=920001", SPANISH);
        assertThat(history).contains("2 versiones").contains("Versión 1 comparada con la versión 2")
                .contains("Formación de inspectores del trabajo");
        long first = jdbc.sql("select min(id) from accounts.audit_event where record_type = 'projects.project' and record_id = '920001'")
                .query(Long.class).single();
        String same = page("/audit/history?type=projects.project&id=920001&from=" + first + "&to=" + first, SPANISH);
        assertThat(same).contains("Las dos versiones son iguales.");
    }

    @Test
    void aRecordTheTrailDidNotSeeCreatedStartsFromItsStateBeforeTheFirstChangeAndItsPageLinksToItsHistory() throws Exception {
        long id = jdbc.sql("select min(id) from directory.organisation where country_iso2 = 'GT'").query(Long.class).single();
        as("test.diana", () -> audit.updated("directory.organisation", id, Map.of("website", "https://antes.example.gt"),
                Map.of("website", "https://despues.example.gt")));
        String history = page("/audit/history?type=directory.organisation&id=" + id, SPANISH);
        assertThat(history).contains("Tal como estaba antes del primer cambio registrado")
                .contains("Versión 0 comparada con la versión 1").contains("Sitio web")
                .contains("https://antes.example.gt").contains("https://despues.example.gt");
        assertThat(page("/organisations/" + id, SPANISH)).contains("/audit/history?type=directory.organisation&amp;id=" + id);
        assertThat(mvc.perform(get("/organisations/" + id)).andReturn().getResponse().getContentAsString())
                .doesNotContain("/audit/history");
    }

    @Test
    void theTrailIsReadAPageAtATimeNewestFirst() throws Exception {
        as("test.ernesto", () -> {
            for (int i = 1; i <= AuditLog.PAGE + 5; i++) {
                audit.created("directory.person", 930000 + i, Map.of("name", "Persona de prueba " + i));
            }
        });
        String first = page("/audit?person=test.ernesto", Locale.ENGLISH);
        assertThat(first.split("class=\"audit-entry\"")).hasSize(AuditLog.PAGE + 1);
        assertThat(first).contains("Persona de prueba " + (AuditLog.PAGE + 5)).doesNotContain("Persona de prueba 5<")
                .doesNotContain("Newer changes");
        var older = java.util.regex.Pattern.compile("href=\"(/audit\\?person=test\\.ernesto&amp;before=\\d+)\"").matcher(first);
        assertThat(older.find()).as("a link to the older changes").isTrue();
        String second = page(older.group(1).replace("&amp;", "&"), Locale.ENGLISH);
        assertThat(second.split("class=\"audit-entry\"")).hasSize(6);
        assertThat(second).contains("Persona de prueba 1<").contains("Persona de prueba 5<").contains("Newer changes")
                .doesNotContain("Older changes");
    }

    @Test
    void aFocalPointCannotReadTheTrailNorAHistory() throws Exception {
        var focal = SignedIn.focalPoint("focal.gt", "GT", org.labourhub.platform.Constituency.GOVERNMENT);
        assertThat(mvc.perform(get("/audit?person=admin").with(focal)).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/audit/history?type=directory.country&id=GT").with(focal)).andReturn().getResponse().getStatus())
                .isEqualTo(403);
    }

    private static Map<String, Object> organisation(String name) {
        var m = new LinkedHashMap<String, Object>();
        m.put("type", "WORKERS");
        m.put("name", text(name));
        m.put("countryIso2", "GT");
        return m;
    }

    private static MultilingualText text(String spanish) {
        return MultilingualText.of(Language.ES, spanish);
    }

    private void as(String username, Runnable write) {
        var account = new SignedInAccount(new Account(null, username, username, "", Role.SECRETARIAT, null, null, true, 0));
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities()));
        try {
            transaction.executeWithoutResult(status -> write.run());
        } finally {
            SecurityContextHolder.clearContext();
        }
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
