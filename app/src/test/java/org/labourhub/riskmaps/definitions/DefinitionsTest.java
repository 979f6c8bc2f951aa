package org.labourhub.riskmaps.definitions;

import org.junit.jupiter.api.Test;
import org.labourhub.IntegrationTest;
import org.labourhub.accounts.Role;
import org.labourhub.accounts.SignedIn;
import org.labourhub.platform.Constituency;
import org.labourhub.risk.survey.ChildLabourDefinition;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A country's definitions of child labour: said in words in the four languages, saved, refused when wrong. */
@IntegrationTest
@AutoConfigureMockMvc
class DefinitionsTest {

    static final RequestPostProcessor PERU = SignedIn.focalPoint("defs.pe", "PE", Constituency.GOVERNMENT);
    static final RequestPostProcessor PERU_WORKERS = SignedIn.focalPoint("defs.pe.w", "PE", Constituency.WORKERS);
    static final RequestPostProcessor GUATEMALA = SignedIn.focalPoint("defs.gt", "GT", Constituency.GOVERNMENT);
    static final RequestPostProcessor ANALYST = SignedIn.as("defs.analyst", Role.ANALYST);

    @Autowired
    DefinitionInWords words;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theIloDefinitionIsSaidInTheFourLanguages() {
        assertThat(words.paragraph(ChildLabourDefinition.ILO, Locale.ENGLISH)).isEqualTo(
                "A child aged 5 to 11 is in child labour when working at least 1 hour a week in economic activity; "
                + "aged 12 to 14, at least 14 hours; aged 15 to 17, more than 43 hours; and at any age in hazardous "
                + "work or another worst form. Unpaid household chores are not counted.");
        assertThat(words.sentences(ChildLabourDefinition.ILO, Locale.forLanguageTag("es")).get(0)).isEqualTo(
                "Un niño o una niña de 5 a 11 años está en trabajo infantil cuando trabaja al menos 1 hora por semana "
                + "en actividades económicas; de 12 a 14 años, al menos 14 horas; de 15 a 17 años, más de 43 horas; y a "
                + "cualquier edad, en un trabajo peligroso o en otra de las peores formas.");
        assertThat(words.sentences(ChildLabourDefinition.ILO, Locale.FRENCH).get(0))
                .startsWith("Un enfant de 5 à 11 ans est en situation de travail des enfants lorsqu'il travaille au moins 1 heure")
                .contains("de 15 à 17 ans, plus de 43 heures");
        var chores = new ChildLabourDefinition(6, 11, 14, 17, 1.5, 14, 36, true, 21);
        assertThat(words.sentences(chores, Locale.forLanguageTag("pt"))).containsExactly(
                "Uma criança de 6 a 11 anos está em trabalho infantil quando trabalha ao menos 1,5 hora por semana em "
                + "atividades econômicas; de 12 a 14 anos, ao menos 14 horas; de 15 a 17 anos, mais de 36 horas; e em "
                + "qualquer idade, em trabalho perigoso ou em outra das piores formas.",
                "As tarefas domésticas também contam: uma criança de 6 a 14 anos que dedica mais de 21 horas por semana "
                + "a serviços domésticos não remunerados também está em trabalho infantil.");
        assertThat(words.sentences(chores, Locale.ENGLISH).get(0)).contains("at least 1.5 hours a week");
    }

    @Test
    void aGovernmentFocalPointSavesTheCountrysDefinitionAndReadsItInWords() throws Exception {
        mvc.perform(get("/riskmaps/definitions/new").param("country", "PE").with(PERU).locale(Locale.ENGLISH))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"43\"")));
        String location = mvc.perform(filled(post("/riskmaps/definitions/new"), "Ley peruana 2024", "5", "11", "13", "17", "1", "14", "36")
                        .param("countChores", "true").with(csrf()).with(PERU))
                .andExpect(redirectedUrlPattern("/riskmaps/definitions/*?saved")).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location.replace("?saved", "")).with(PERU).locale(Locale.forLanguageTag("es")))
                .andExpect(content().string(containsString("de 12 a 13 años, al menos 14 horas; de 14 a 17 años, más de 36 horas")))
                .andExpect(content().string(containsString("Las tareas domésticas también cuentan")));
        mvc.perform(get("/riskmaps/definitions").param("country", "PE").with(PERU).locale(Locale.ENGLISH))
                .andExpect(content().string(containsString("Ley peruana 2024")));
        long id = Long.parseLong(location.replaceAll("\\D", ""));
        assertThat(jdbc.sql("select count(*) from accounts.audit_event where record_type = 'child-labour-definition' and record_id = ?")
                .param(String.valueOf(id)).query(Long.class).single()).isEqualTo(1);

        // a stale version is refused with the editor's input kept
        mvc.perform(filled(post("/riskmaps/definitions/{id}/edit", id), "Ley peruana 2024", "5", "11", "13", "17", "2", "14", "36")
                        .param("version", "7").with(csrf()).with(PERU).locale(Locale.ENGLISH))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone else changed this record")));
        mvc.perform(filled(post("/riskmaps/definitions/{id}/edit", id), "Ley peruana 2024", "5", "11", "13", "17", "2", "14", "36")
                        .param("version", "0").with(csrf()).with(PERU))
                .andExpect(redirectedUrlPattern("/riskmaps/definitions/*?saved"));
        assertThat(jdbc.sql("select young_min_hours from riskmaps.definition where id = ?").param(id)
                .query(Double.class).single()).isEqualTo(2.0);
    }

    @Test
    void agesThatDoNotRiseAndHoursBeyondAWeekAreRefusedInTheReadersLanguage() throws Exception {
        long before = count();
        mvc.perform(filled(post("/riskmaps/definitions/new"), "Mal", "5", "11", "11", "17", "1", "200", "43")
                        .with(csrf()).with(ANALYST).locale(Locale.forLanguageTag("es")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"middleMaxAge-error\"")))
                .andExpect(content().string(containsString("El tramo intermedio debe terminar después del tramo joven (11): las edades deben ir en aumento.")))
                .andExpect(content().string(containsString("id=\"middleMinHours-error\"")))
                .andExpect(content().string(containsString("Las horas semanales van de 0 a 168.")));
        mvc.perform(filled(post("/riskmaps/definitions/new"), "", "5", "11", "14", "12", "une", "14", "43")
                        .with(csrf()).with(ANALYST).locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"name-error\"")))
                .andExpect(content().string(containsString("id=\"youngMinHours-error\"")))
                .andExpect(content().string(containsString("L&#39;âge maximum doit dépasser la fin de la tranche intermédiaire (14)")));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void onlyThoseWhoRunForTheCountryMaySeeOrSaveItsDefinitions() throws Exception {
        for (RequestPostProcessor who : new RequestPostProcessor[] {PERU_WORKERS, GUATEMALA}) {
            mvc.perform(get("/riskmaps/definitions/new").param("country", "PE").with(who)).andExpect(status().isForbidden());
            mvc.perform(filled(post("/riskmaps/definitions/new"), "X", "5", "11", "14", "17", "1", "14", "43")
                    .with(csrf()).with(who)).andExpect(status().isForbidden());
        }
        mvc.perform(get("/riskmaps/definitions").param("country", "PE").with(GUATEMALA)).andExpect(status().isForbidden());
        mvc.perform(get("/riskmaps/definitions").param("country", "PE").with(anonymous()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/login"));
        mvc.perform(get("/riskmaps/definitions").with(GUATEMALA).locale(Locale.ENGLISH))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("Ley peruana"))));
    }

    private long count() {
        return jdbc.sql("select count(*) from riskmaps.definition").query(Long.class).single();
    }

    private static MockHttpServletRequestBuilder filled(MockHttpServletRequestBuilder request, String name, String min,
                                                       String young, String middle, String max, String youngHours,
                                                       String middleHours, String oldestHours) {
        return request.param("country", "PE").param("name", name).param("minAge", min).param("youngMaxAge", young)
                .param("middleMaxAge", middle).param("maxAge", max).param("youngMinHours", youngHours)
                .param("middleMinHours", middleHours).param("oldestMaxHours", oldestHours)
                .param("choresMaxHours", "21");
    }
}
