package org.labourhub.directory;

import org.junit.jupiter.api.Test;
import org.labourhub.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Who may edit which country profile, decided by the server whatever the page shows. */
@IntegrationTest
class CountryProfilePermissionsTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theFocalPointOfGuatemalaProposesAChangeThatIsPublishedOnceValidatedAndEveryStepIsAudited() throws Exception {
        var focal = WebClient.signedIn(port, "focal.gt", IntegrationTest.DEMO_PASSWORD);
        assertThat(focal.get("/countries/GT?lang=en").body()).contains("/countries/GT/edit");
        var fields = new java.util.HashMap<>(profile("Perfil escrito por el punto focal", version("GT")));
        fields.put("send", "true");
        var response = focal.submit("/countries/GT/edit", fields);
        assertThat(response.statusCode()).isEqualTo(302);
        String change = response.headers().firstValue("Location").orElseThrow()
                .replaceAll("^.*/countries/revisions/(\\d+)\\?submitted$", "$1");
        assertThat(change).matches("\\d+");
        assertThat(new WebClient(port).get("/countries/GT?lang=es").body()).doesNotContain("Perfil escrito por el punto focal");
        assertThat(focal.get("/countries/GT?lang=en").body()).contains("Your change is waiting for validation by the secretariat.");
        assertThat(jdbc.sql("""
                        select count(*) from accounts.audit_event where record_type = 'directory.country-revision' and record_id = ?
                        and actor = 'focal.gt' and action = 'CREATE' and after::text like '%Perfil escrito%'""")
                .param(change).query(Long.class).single()).isEqualTo(1);

        var secretariat = WebClient.signedIn(port, "secretariat", IntegrationTest.DEMO_PASSWORD);
        int version = jdbc.sql("select version from directory.country_revision where id = ?").param(Long.parseLong(change))
                .query(Integer.class).single();
        assertThat(secretariat.submit("/countries/revisions/" + change + "/publish", Map.of("version", String.valueOf(version)))
                .headers().firstValue("Location").orElseThrow()).endsWith("/countries/revisions/" + change + "?published");
        assertThat(new WebClient(port).get("/countries/GT?lang=es").body()).contains("Perfil escrito por el punto focal");
        assertThat(jdbc.sql("""
                        select count(*) from accounts.audit_event where record_type = 'directory.country' and record_id = 'GT'
                        and actor = 'secretariat' and action = 'UPDATE' and after::text like '%Perfil escrito%'""")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theFocalPointOfGuatemalaIsRefusedOnPeruAndPeruIsUnchanged() throws Exception {
        var focal = WebClient.signedIn(port, "focal.gt", IntegrationTest.DEMO_PASSWORD);
        String before = summary("PE");
        assertThat(focal.get("/countries/PE?lang=en").body()).doesNotContain("/countries/PE/edit");
        var form = focal.get("/countries/PE/edit?lang=en");
        assertThat(form.statusCode()).isEqualTo(403);
        assertThat(form.body()).contains("Not allowed");
        var post = focal.submit("/countries/PE/edit", profile("Hostile edit", version("PE")));
        assertThat(post.statusCode()).isEqualTo(403);
        assertThat(summary("PE")).isEqualTo(before);
    }

    @Test
    void theSecretariatEditsAnyCountry() throws Exception {
        var secretariat = WebClient.signedIn(port, "secretariat", IntegrationTest.DEMO_PASSWORD);
        var response = secretariat.submit("/countries/PE/edit", profile("Perfil del Perú", version("PE")));
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(summary("PE")).contains("Perfil del Perú");
    }

    @Test
    void anAnalystIsRefusedAndAnonymousReadersAreSentToSignIn() throws Exception {
        var analyst = WebClient.signedIn(port, "analyst", IntegrationTest.DEMO_PASSWORD);
        assertThat(analyst.get("/countries/GT/edit").statusCode()).isEqualTo(403);
        var anonymous = new WebClient(port);
        var form = anonymous.get("/countries/GT/edit");
        assertThat(form.statusCode()).isEqualTo(302);
        assertThat(form.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        var post = anonymous.submit("/countries/GT/edit", profile("Anonymous edit", version("GT")));
        assertThat(post.statusCode()).isEqualTo(302);
        assertThat(post.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        assertThat(summary("GT")).doesNotContain("Anonymous edit");
    }

    @Test
    void aStaleFormIsRefusedWithTheInputKept() throws Exception {
        var secretariat = WebClient.signedIn(port, "secretariat", IntegrationTest.DEMO_PASSWORD);
        int opened = version("MX");
        assertThat(secretariat.submit("/countries/MX/edit", profile("First draft", opened)).statusCode()).isEqualTo(302);
        var stale = secretariat.submit("/countries/MX/edit?lang=en", profile("Second draft", opened));
        assertThat(stale.statusCode()).isEqualTo(200);
        assertThat(stale.body()).contains("Someone else changed this record", "Second draft");
        assertThat(summary("MX")).contains("First draft").doesNotContain("Second draft");
    }

    @Test
    void invalidInputIsExplainedNextToTheFieldInTheReadersLanguage() throws Exception {
        var secretariat = WebClient.signedIn(port, "secretariat", IntegrationTest.DEMO_PASSWORD);
        String before = summary("CO");
        var fields = Map.of("summary.original", "fr", "summary.es", "Sólo en español", "version", String.valueOf(version("CO")));
        var english = secretariat.submit("/countries/CO/edit?lang=en", fields);
        assertThat(english.body()).contains("Write the text in the language you chose as original.",
                "aria-describedby=\"summary-error\"");
        var french = secretariat.submit("/countries/CO/edit?lang=fr", fields);
        assertThat(french.body()).contains("Écrivez le texte dans la langue choisie comme originale.");
        assertThat(summary("CO")).isEqualTo(before);
    }

    private Map<String, String> profile(String spanishSummary, int version) {
        return Map.of("summary.original", "es", "summary.es", spanishSummary, "version", String.valueOf(version));
    }

    private int version(String iso2) {
        return jdbc.sql("select version from directory.country where iso2 = ?").param(iso2).query(Integer.class).single();
    }

    private String summary(String iso2) {
        return jdbc.sql("select coalesce(summary::text, '') from directory.country where iso2 = ?").param(iso2)
                .query(String.class).single();
    }
}
