package org.labourhub.directory;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.labourhub.IntegrationTest;
import org.labourhub.accounts.Role;
import org.labourhub.accounts.SignedIn;
import org.labourhub.platform.Constituency;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A person's e-mail and phone are shown to the secretariat and the focal points of the person's country only. */
@IntegrationTest
@AutoConfigureMockMvc
class ContactDetailsTest {

    private static final String EMAIL = "coordenacao@trabalho.example.br";
    private static final String PHONE = "+55 61 3317-0000";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    /** The demo data holds no personal data (DemoDirectoryTest checks): the person made here does not stay. */
    @AfterEach
    void forgetThePerson() {
        jdbc.sql("delete from directory.person where email = ?").param(EMAIL).update();
    }

    @Test
    void contactDetailsAreShownOnlyToTheSecretariatAndTheFocalPointsOfTheCountry() throws Exception {
        String location = mvc.perform(post("/people/new").with(csrf()).with(SignedIn.as("secretariat", Role.SECRETARIAT))
                        .param("name", "Contato de teste").param("position.original", "pt")
                        .param("position.pt", "Coordenadora de teste").param("country", "BR")
                        .param("email", EMAIL).param("phone", PHONE).param("version", "0"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String path = location.substring(0, location.indexOf('?'));

        for (RequestPostProcessor reader : new RequestPostProcessor[]{anonymous(), SignedIn.as("analyst", Role.ANALYST),
                SignedIn.focalPoint("focal.gt", "GT", Constituency.GOVERNMENT)}) {
            assertThat(page(path, reader)).contains("Contato de teste").doesNotContain(EMAIL, PHONE);
        }
        for (RequestPostProcessor allowed : new RequestPostProcessor[]{SignedIn.as("secretariat", Role.SECRETARIAT),
                SignedIn.as("admin", Role.ADMIN), SignedIn.focalPoint("focal.br.workers", "BR", Constituency.WORKERS)}) {
            assertThat(page(path, allowed)).contains(EMAIL, PHONE);
        }
        assertThat(mvc.perform(get("/api/people?country=BR")).andReturn().getResponse().getContentAsString())
                .contains("Contato de teste").doesNotContain(EMAIL, PHONE);
    }

    private String page(String path, RequestPostProcessor who) throws Exception {
        return mvc.perform(get(path).with(who)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
