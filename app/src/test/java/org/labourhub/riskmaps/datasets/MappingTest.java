package org.labourhub.riskmaps.datasets;

import org.junit.jupiter.api.Test;
import org.labourhub.IntegrationTest;
import org.labourhub.riskmaps.Dataset;
import org.labourhub.riskmaps.DatasetKind;
import org.labourhub.riskmaps.MappedCovariate;
import org.labourhub.riskmaps.ProfileTag;
import org.labourhub.riskmaps.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.labourhub.riskmaps.datasets.DatasetsTest.PERU;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A survey's variables mapped to the model's roles, checked field by field, saved, and applied to the next round. */
@IntegrationTest
@AutoConfigureMockMvc
class MappingTest {

    static final String HEADER = "id,upm,estrato,factor,edad,sexo,horas,dpto,area\n";
    static final String CENSUS = "id,edad,sexo,dpto,area\n1,7,1,01,1\n2,12,2,02,2\n3,15,1,01,1\n";

    @Autowired
    MockMvc mvc;
    @Autowired
    Mappings mappings;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.labourhub.platform.jobs.Jobs jobs;
    @Autowired
    org.labourhub.riskmaps.Datasets datasets;

    @Test
    void eachWrongChoiceIsNamedBesideItsFieldAndNothingIsSaved() throws Exception {
        Dataset survey = upload(DatasetKind.SURVEY, "enti-mala.csv", HEADER
                + "1,10,1,100.5,7,1,0,01,1\n2,10,1,80,12,2,20,02,2\n3,11,2,90,doce,2,50,01,1\n");
        long before = count();
        mvc.perform(post("/riskmaps/datasets/{id}/mapping", survey.id()).with(csrf()).with(PERU).locale(Locale.ENGLISH)
                        .param("name", "ENTI").param("roles[STRATUM]", "estrato").param("roles[WEIGHT]", "factor")
                        .param("roles[AGE]", "edad").param("roles[SEX]", "sexo").param("roles[ECONOMIC_HOURS]", "horas")
                        .param("roles[TERRITORY]", "sexo").param("maleCode", "3").param("femaleCode", "2"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose the variable that holds: Primary sampling unit.")))
                .andExpect(content().string(containsString(
                        "Age in years must hold numbers. enti-mala.csv, line 4, column 5, variable edad: “doce” is not a number")))
                .andExpect(content().string(containsString("sexo is already used for Sex: a variable plays one part only.")))
                .andExpect(content().string(containsString("3 is not a value of sexo (its values: 1, 2).")));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aMappingIsSavedForTheCountryAndAppliedToTheNextRoundNamingWhatTheFileLacks() throws Exception {
        Dataset census = upload(DatasetKind.CENSUS, "censo.csv", CENSUS);
        Dataset survey = upload(DatasetKind.SURVEY, "enti-2015.csv", HEADER
                + "1,10,1,100.5,7,1,0,01,1\n2,10,1,80,12,2,20,02,2\n3,11,2,90,15,2,50,01,1\n");
        mvc.perform(get("/riskmaps/datasets/{id}/mapping", survey.id()).param("partner", String.valueOf(census.id()))
                        .with(PERU).locale(Locale.ENGLISH))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The variables this file shares with Censo")));
        String location = mvc.perform(valid(post("/riskmaps/datasets/{id}/mapping", survey.id()))
                        .param("partner", String.valueOf(census.id())).with(csrf()).with(PERU))
                .andExpect(redirectedUrlPattern("/riskmaps/datasets/*/mapping?use=*"))
                .andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.replaceAll(".*use=(\\d+).*", "$1"));
        var saved = mappings.find(id).orElseThrow();
        assertThat(saved.country()).isEqualTo("PE");
        assertThat(saved.mapping().variable(Role.STRATUM)).contains("estrato");
        assertThat(saved.mapping().maleCode()).isEqualTo("1");
        assertThat(saved.mapping().covariates()).extracting(MappedCovariate::variable).containsExactly("area");
        MappedCovariate area = saved.mapping().covariates().get(0);
        assertThat(area.tag()).isEqualTo(ProfileTag.RURAL);
        assertThat(area.reference()).isEqualTo("1");
        assertThat(area.labels().in(Locale.FRENCH)).isEqualTo("Zone rurale");
        assertThat(jdbc.sql("select count(*) from accounts.audit_event where record_type = 'variable-mapping' and record_id = ?")
                .param(String.valueOf(id)).query(Long.class).single()).isEqualTo(1);

        Dataset nextRound = upload(DatasetKind.SURVEY, "enti-2019.csv",
                "id,upm,factor,edad,sexo,horas,dpto,area\n1,10,100.5,7,1,0,01,1\n2,10,80,12,2,20,02,2\n");
        mvc.perform(get("/riskmaps/datasets/{id}/mapping", nextRound.id()).param("use", String.valueOf(id))
                        .with(PERU).locale(Locale.forLanguageTag("es")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("A este archivo le falta 1 variable que nombra la asignación guardada:")))
                .andExpect(content().string(containsString("estrato (para: Estrato)")))
                .andExpect(content().string(containsString("<option value=\"edad\" selected=\"selected\">edad</option>")));
    }

    private MockHttpServletRequestBuilder valid(MockHttpServletRequestBuilder request) {
        return request.param("name", "ENTI").param("roles[PSU]", "upm").param("roles[STRATUM]", "estrato")
                .param("roles[WEIGHT]", "factor").param("roles[AGE]", "edad").param("roles[SEX]", "sexo")
                .param("roles[ECONOMIC_HOURS]", "horas").param("roles[TERRITORY]", "dpto")
                .param("maleCode", "1").param("femaleCode", "2")
                .param("covariates[4].variable", "area").param("covariates[4].use", "true")
                .param("covariates[4].categorical", "true").param("covariates[4].reference", "1")
                .param("covariates[4].tag", "RURAL").param("covariates[4].labels[es]", "Zona rural")
                .param("covariates[4].labels[fr]", "Zone rurale");
    }

    private Dataset upload(DatasetKind kind, String name, String content) throws Exception {
        return new DatasetUploads(mvc, jobs, datasets).uploaded(PERU, "PE", kind.name(), kind == DatasetKind.CENSUS ? "Censo" : "ENTI", name,
                content.getBytes(StandardCharsets.UTF_8));
    }

    private long count() {
        return jdbc.sql("select count(*) from riskmaps.mapping").query(Long.class).single();
    }
}
