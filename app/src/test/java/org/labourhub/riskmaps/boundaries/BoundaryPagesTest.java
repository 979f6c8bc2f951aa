package org.labourhub.riskmaps.boundaries;

import org.junit.jupiter.api.Test;
import org.labourhub.IntegrationTest;
import org.labourhub.accounts.Role;
import org.labourhub.accounts.SignedIn;
import org.labourhub.platform.Constituency;
import org.labourhub.riskmaps.RiskmapsJson;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * An analyst uploads a boundary file, chooses its properties among those found, and the set is saved, audited, shown
 * with its map and territories, and served to other floors as one FeatureCollection; a file with problems is refused
 * with each named in the reader's language; anonymous readers and focal points cannot upload.
 */
@IntegrationTest
@AutoConfigureMockMvc
class BoundaryPagesTest {

    private static final RequestPostProcessor ANALYST = SignedIn.as("analyst.boundaries", Role.ANALYST);
    private static final Locale SPANISH = Locale.forLanguageTag("es");

    @Autowired MockMvc mvc;
    @Autowired BoundarySets sets;
    @Autowired JdbcClient jdbc;

    @Test
    void anAnalystUploadsChoosesThePropertiesAndTheSetIsSavedAndServed() throws Exception {
        String describe = upload("peru.geojson", BoundaryFileTest.TWO_SQUARES, ANALYST);
        assertThat(describe).startsWith("/riskmaps/boundaries/new/");
        String form = page(describe, ANALYST, Locale.ENGLISH);
        assertThat(form).contains("peru.geojson: 2 features").contains("ubigeo (in 2 features; for example PE-AMA, PE-LOR)")
                .contains("<option value=\"ubigeo\" selected=\"selected\"").contains("<option value=\"nombre\" selected=\"selected\"");

        String saved = mvc.perform(post(describe).with(csrf()).with(ANALYST).param("country", "ES")
                        .param("name", "Dos cuadrados").param("codeProperty", "ubigeo").param("nameProperty", "nombre")
                        .param("source", "Prueba, dominio público"))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(saved).matches("/riskmaps/boundaries/[0-9]+\\?saved");
        long id = Long.parseLong(saved.replaceAll("[^0-9]", ""));

        BoundarySet set = sets.find(id).orElseThrow();
        assertThat(set.territories()).isEqualTo(2);
        assertThat(set.uploadedBy()).isEqualTo("analyst.boundaries");
        assertThat(sets.latest("ES")).contains(set);
        assertThat(sets.codes(id)).containsExactly("PE-AMA", "PE-LOR");
        assertThat(sets.bbox(id).orElseThrow()).isEqualTo(new Bbox(-78, -10, -69, -5));
        var collection = RiskmapsJson.JSON.readTree(sets.featureCollection(id));
        assertThat(collection.get("type").asString()).isEqualTo("FeatureCollection");
        assertThat(collection.get("features")).hasSize(2);
        assertThat(collection.get("features").get(1).get("properties").get("name").asString()).isEqualTo("Loreto");
        assertThat(collection.get("features").get(1).get("geometry").get("type").asString()).isEqualTo("MultiPolygon");
        assertThat(sets.featureCollection(-1)).isEqualTo("{\"type\":\"FeatureCollection\",\"features\":[]}");

        String shown = page("/riskmaps/boundaries/" + id, null, SPANISH);
        assertThat(shown).contains("Dos cuadrados").contains("España").contains("2 territorios").contains("PE-LOR")
                .contains("Loreto").contains("Prueba, dominio público").contains("/riskmaps/boundaries/" + id + ".geojson")
                .doesNotContain("analyst.boundaries");
        assertThat(page("/riskmaps/boundaries", null, SPANISH)).contains("Dos cuadrados").contains("España");
        var geojson = mvc.perform(get("/riskmaps/boundaries/" + id + ".geojson")).andReturn().getResponse();
        assertThat(geojson.getContentType()).startsWith("application/geo+json");

        assertThat(jdbc.sql("select count(*) from accounts.audit_event where record_type = 'boundary-set' and record_id = ?"
                + " and action = 'CREATE' and actor = 'analyst.boundaries'").param(String.valueOf(id)).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void aFileWithProblemsIsRefusedWithEachNamedAndNothingSaved() throws Exception {
        long before = jdbc.sql("select count(*) from riskmaps.boundary_set").query(Long.class).single();
        String twice = BoundaryFileTest.TWO_SQUARES.replace("PE-LOR", "PE-AMA");
        String describe = upload("dos.geojson", twice, ANALYST);
        var response = mvc.perform(post(describe).with(csrf()).with(ANALYST).locale(SPANISH).param("country", "ES")
                .param("name", "Repetidos").param("codeProperty", "ubigeo").param("nameProperty", ""))
                .andReturn().getResponse();
        response.setCharacterEncoding("UTF-8");
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("Los límites no se guardaron: se encontró un problema.")
                .contains("dos.geojson, entidad 2: el código de territorio «PE-AMA» ya lo usa la entidad 1.");

        String notBoundaries = mvc.perform(multipart("/riskmaps/boundaries/new")
                        .file(new MockMultipartFile("file", "notas.json", "application/json", "{\"a\": 1}".getBytes()))
                        .with(csrf()).with(ANALYST).locale(SPANISH))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(notBoundaries).contains("notas.json no es un archivo de límites");

        var missing = mvc.perform(post(describe).with(csrf()).with(ANALYST).param("country", "")
                .param("name", "").param("codeProperty", "nada")).andReturn().getResponse();
        assertThat(missing.getContentAsString(StandardCharsets.UTF_8)).contains("Choose the country of these boundaries.")
                .contains("Give the set a name").contains("Choose the property that carries the territory code.");
        assertThat(jdbc.sql("select count(*) from riskmaps.boundary_set").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void anonymousReadersAndFocalPointsCannotUpload() throws Exception {
        long before = jdbc.sql("select count(*) from riskmaps.boundary_set").query(Long.class).single();
        var focal = SignedIn.focalPoint("focal.boundaries", "PE", Constituency.GOVERNMENT);
        assertThat(mvc.perform(get("/riskmaps/boundaries/new").with(focal)).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/riskmaps/boundaries/new")).andReturn().getResponse().getRedirectedUrl()).contains("/login");
        var file = new MockMultipartFile("file", "peru.geojson", "application/json", BoundaryFileTest.TWO_SQUARES.getBytes());
        assertThat(mvc.perform(multipart("/riskmaps/boundaries/new").file(file).with(csrf()).with(focal))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(multipart("/riskmaps/boundaries/new").file(file).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl()).contains("/login");

        String describe = upload("peru.geojson", BoundaryFileTest.TWO_SQUARES, ANALYST);
        assertThat(mvc.perform(post(describe).with(csrf()).with(focal).param("country", "PE").param("name", "x")
                .param("codeProperty", "ubigeo")).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from riskmaps.boundary_set").query(Long.class).single()).isEqualTo(before);
        assertThat(page("/riskmaps/boundaries", null, Locale.ENGLISH)).doesNotContain("/riskmaps/boundaries/new");
        assertThat(page("/riskmaps/boundaries", ANALYST, Locale.ENGLISH)).contains("/riskmaps/boundaries/new");
    }

    private String upload(String name, String content, RequestPostProcessor who) throws Exception {
        var file = new MockMultipartFile("file", name, "application/geo+json", content.getBytes(StandardCharsets.UTF_8));
        return mvc.perform(multipart("/riskmaps/boundaries/new").file(file).with(csrf()).with(who))
                .andReturn().getResponse().getRedirectedUrl();
    }

    private String page(String path, RequestPostProcessor who, Locale locale) throws Exception {
        var request = get(path).locale(locale);
        if (who != null) {
            request = request.with(who);
        }
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        response.setCharacterEncoding("UTF-8");
        String html = response.getContentAsString();
        return html.substring(html.indexOf("<main"), html.indexOf("</main>"));
    }
}
