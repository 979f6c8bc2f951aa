package org.labourhub.platform.web;

import org.junit.jupiter.api.Test;
import org.labourhub.IntegrationTest;
import org.labourhub.accounts.Role;
import org.labourhub.accounts.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A NUL byte never reaches PostgreSQL: a search is cleaned and runs; any other field is refused with a page naming it. */
@IntegrationTest
@AutoConfigureMockMvc
class InputCharactersTest {

    @LocalServerPort int port;
    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aSearchWithControlCharactersIsCleanedAndRuns() throws Exception {
        for (String path : new String[]{"/projects?q=inspecci%00on%01%0A", "/api/projects?q=%00", "/organisations?q=%00trabajo"}) {
            var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path).isEqualTo(200);
        }
    }

    @Test
    void aNulByteInAFormFieldIsRefusedWithThePageNamingTheFieldInTheReadersLanguage() throws Exception {
        var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/plans/new"))
                .header("Accept-Language", "fr").header("Accept", "text/html").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("key=nul-plan&name.original=fr&name.fr=Plan%00nul&levels=Activit%C3%A9"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Le champ « name.fr » contient un caractère qui ne peut pas être enregistré");

        mvc.perform(post("/plans/new").with(csrf()).with(SignedIn.as("secretariat", Role.SECRETARIAT))
                        .param("key", "nul-plan").param("name.original", "en").param("name.en", "Plan\0with NUL")
                        .param("kind", "WORK_PLAN").param("status", "DRAFT").param("levels", "Activity"))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.sql("select count(*) from plans.plan where key = 'nul-plan'").query(Long.class).single()).isZero();
    }
}
