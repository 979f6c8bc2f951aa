package org.labourhub.directory;

import org.junit.jupiter.api.Test;
import org.labourhub.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class OrganisationAndPeopleFormsTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aFocalPointAddsAnOrganisationOfItsOwnCountryOnly() throws Exception {
        var focal = WebClient.signedIn(port, "focal.gt", IntegrationTest.DEMO_PASSWORD);
        var fields = organisation("GT", "Secretaría de prueba", "https://example.gt");
        fields.put("type", "OTHER_MINISTRY");
        fields.put("acronym.es", "SDP");
        fields.put("acronym.en", "TS");
        var added = focal.submit("/organisations/new", fields);
        assertThat(added.statusCode()).isEqualTo(302);
        String page = URI.create(added.headers().firstValue("Location").orElseThrow()).getPath();
        assertThat(focal.get(page + "?lang=es").body()).contains("Secretaría de prueba", "<dd>SDP</dd>");
        assertThat(focal.get(page + "?lang=en").body()).as("each language its own acronym").contains("<dd>TS</dd>");
        assertThat(focal.get(page + "?lang=fr").body()).as("a blank language reads the original's").contains("<dd>SDP</dd>");
        assertThat(focal.get(page + "/edit?lang=en").body()).contains("value=\"SDP\"", "value=\"TS\"");
        assertThat(jdbc.sql("select count(*) from accounts.audit_event where record_type = 'directory.organisation' and action = 'CREATE' and actor = 'focal.gt'")
                .query(Long.class).single()).isPositive();

        long before = organisations();
        assertThat(focal.submit("/organisations/new", organisation("PE", "Cámara ajena", "https://example.pe")).statusCode())
                .isEqualTo(403);
        assertThat(organisations()).isEqualTo(before);
    }

    @Test
    void wrongOrganisationInputIsExplainedInEnglishAndSpanishAndNothingIsSaved() throws Exception {
        var secretariat = WebClient.signedIn(port, "secretariat", IntegrationTest.DEMO_PASSWORD);
        long before = organisations();
        var fields = organisation("GT", "", "www.no-scheme");
        fields.put("acronym.en", "X".repeat(31));
        String english = secretariat.submit("/organisations/new?lang=en", fields).body();
        assertThat(english).contains("Please correct the fields marked below", "This field is required.",
                "This is not a valid web address", "This text is too long (at most 30 characters).",
                "id=\"website-error\"", "aria-describedby=\"website-hint website-error\"");
        String spanish = secretariat.submit("/organisations/new?lang=es", fields).body();
        assertThat(spanish).contains("Este campo es obligatorio.", "No es una dirección web válida");
        assertThat(secretariat.submit("/organisations/new?lang=en", organisationIn(fields, "ZZ")).body())
                .contains("Unknown country code &quot;ZZ&quot;.");
        assertThat(organisations()).isEqualTo(before);
    }

    @Test
    void peopleAndFocalPointFormsCheckEmailAndYear() throws Exception {
        var focal = WebClient.signedIn(port, "focal.gt", IntegrationTest.DEMO_PASSWORD);
        var person = new HashMap<>(Map.of("position.original", "es", "position.es", "Asesora de prueba",
                "country", "GT", "languages", "es", "email", "not-an-address", "version", "0"));
        assertThat(focal.submit("/people/new?lang=es", person).body())
                .contains("No es una dirección de correo electrónico válida");
        person.put("email", "");
        var added = focal.submit("/people/new", person);
        assertThat(added.statusCode()).isEqualTo(302);
        String page = URI.create(added.headers().firstValue("Location").orElseThrow()).getPath();
        String id = page.substring(page.lastIndexOf('/') + 1);

        var role = new HashMap<>(Map.of("country", "GT", "constituency", "GOVERNMENT", "since", "20x8", "version", "0"));
        assertThat(focal.submit("/people/" + id + "/focal-points/new?lang=en", role).body())
                .contains("Enter a year between 1900 and");
        role.put("since", "2018");
        assertThat(focal.submit("/people/" + id + "/focal-points/new", role).statusCode()).isEqualTo(302);
        role.put("country", "PE");
        assertThat(focal.submit("/people/" + id + "/focal-points/new", role).statusCode()).isEqualTo(403);
        assertThat(focal.get("/countries/GT?lang=es").body()).contains("Asesora de prueba");
    }

    private Map<String, String> organisationIn(Map<String, String> fields, String country) {
        var copy = new HashMap<>(fields);
        copy.put("country", country);
        return copy;
    }

    private static Map<String, String> organisation(String country, String spanishName, String website) {
        return new HashMap<>(Map.of("type", "EMPLOYERS", "name.original", "es", "name.es", spanishName,
                "country", country, "website", website, "version", "0"));
    }

    private long organisations() {
        return jdbc.sql("select count(*) from directory.organisation").query(Long.class).single();
    }
}
