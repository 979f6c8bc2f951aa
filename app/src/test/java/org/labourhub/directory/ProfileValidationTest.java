package org.labourhub.directory;

import org.junit.jupiter.api.Test;
import org.labourhub.IntegrationTest;
import org.labourhub.accounts.Role;
import org.labourhub.accounts.SignedIn;
import org.labourhub.platform.Constituency;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A government focal point's change of its country profile goes through submit → validate → publish, as the
 * countries' own project entries do: the public page changes only when the secretariat publishes it, a change sent
 * back shows the secretariat's comment, and the secretariat's own edits publish directly.
 */
@IntegrationTest
@AutoConfigureMockMvc
class ProfileValidationTest {

    static final RequestPostProcessor SECRETARIAT = SignedIn.as("secretariat", Role.SECRETARIAT);
    static final RequestPostProcessor ANONYMOUS =
            org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous();

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    @Test
    void aFocalPointsChangeIsNotPublicUntilTheSecretariatValidatesIt() throws Exception {
        var focal = SignedIn.focalPoint("focal.ar", "AR", Constituency.GOVERNMENT);
        String text = "La Argentina presenta su plan nacional de trabajo decente.";
        save("AR", focal, text, version("AR"), null, true).andExpect(redirectedUrlPattern("/countries/revisions/*?submitted"));
        long change = pending("AR");

        assertThat(page("/countries/AR", ANONYMOUS, Locale.ENGLISH)).doesNotContain(text);
        assertThat(summary("AR")).doesNotContain(text);
        assertThat(page("/countries/AR", focal, Locale.ENGLISH)).contains("Your change is waiting for validation by the secretariat.")
                .doesNotContain(text);
        mvc.perform(get("/countries/AR/edit").with(focal)).andExpect(redirectedUrl("/countries/revisions/" + change));
        assertThat(page("/countries/revisions/" + change, focal, Locale.forLanguageTag("pt")))
                .contains("Sua alteração aguarda validação pela secretaria.").doesNotContain("Validar e publicar");

        assertThat(page("/countries/revisions", SECRETARIAT, Locale.ENGLISH)).contains("Argentina", "focal.ar");
        assertThat(page("/countries/AR", SECRETARIAT, Locale.ENGLISH)).contains("/countries/revisions/" + change);
        String comparison = page("/countries/revisions/" + change, SECRETARIAT, Locale.forLanguageTag("es"));
        assertThat(comparison).contains("Perfil (Español)", "Publicado", "Propuesto", "Cambiado", text, "Ministerio de Trabajo",
                "Validar y publicar", "Devolver a borrador");

        mvc.perform(get("/countries/revisions").with(focal)).andExpect(status().isForbidden());
        mvc.perform(get("/countries/revisions/" + change).with(SignedIn.focalPoint("focal.gt", "GT", Constituency.GOVERNMENT)))
                .andExpect(status().isForbidden());
        step(change, "publish", focal, version(change)).andExpect(status().isForbidden());
        step(change, "publish", SECRETARIAT, version(change) - 1).andExpect(redirectedUrl("/countries/revisions/" + change + "?conflict"));
        assertThat(summary("AR")).doesNotContain(text);

        step(change, "publish", SECRETARIAT, version(change)).andExpect(redirectedUrl("/countries/revisions/" + change + "?published"));
        assertThat(page("/countries/AR", ANONYMOUS, Locale.forLanguageTag("es"))).contains(text);
        assertThat(page("/countries/AR", focal, Locale.ENGLISH)).doesNotContain("waiting for validation");
        assertThat(audited("directory.country-revision", String.valueOf(change), "focal.ar", "CREATE")).isEqualTo(1);
        assertThat(audited("directory.country-revision", String.valueOf(change), "secretariat", "UPDATE")).isEqualTo(1);
        assertThat(audited("directory.country", "AR", "secretariat", "UPDATE")).isEqualTo(1);
        assertThat(audited("directory.country", "AR", "focal.ar", "UPDATE")).isZero();
    }

    @Test
    void aChangeSentBackShowsTheCommentAndIsSubmittedAgain() throws Exception {
        var focal = SignedIn.focalPoint("focal.cl", "CL", Constituency.GOVERNMENT);
        save("CL", focal, "Chile: primera versión.", version("CL"), null, false)
                .andExpect(redirectedUrlPattern("/countries/revisions/*?saved"));
        long change = pending("CL");
        assertThat(page("/countries/CL", focal, Locale.ENGLISH)).contains("Your change is saved as a draft");
        step(change, "submit", focal, version(change)).andExpect(redirectedUrl("/countries/revisions/" + change + "?submitted"));
        step(change, "submit", focal, version(change)).andExpect(redirectedUrl("/countries/revisions/" + change + "?conflict"));

        mvc.perform(post("/countries/revisions/{id}/return", change).with(csrf()).with(SECRETARIAT)
                .param("version", String.valueOf(version(change))).param("comment", " "))
                .andExpect(redirectedUrl("/countries/revisions/" + change + "?commentNeeded"));
        mvc.perform(post("/countries/revisions/{id}/return", change).with(csrf()).with(focal)
                .param("version", String.valueOf(version(change))).param("comment", "Mine")).andExpect(status().isForbidden());
        mvc.perform(post("/countries/revisions/{id}/return", change).with(csrf()).with(SECRETARIAT)
                        .param("version", String.valueOf(version(change))).param("comment", "Please name the ministry."))
                .andExpect(redirectedUrl("/countries/revisions/" + change + "?returned"));

        assertThat(page("/countries/CL", focal, Locale.ENGLISH)).contains("The secretariat sent your change back: Please name the ministry.");
        String form = page("/countries/CL/edit", focal, Locale.FRENCH);
        assertThat(form).contains("Le secrétariat vous a renvoyé votre modification : Please name the ministry.",
                "Chile: primera versi", "Enregistrer et soumettre au secrétariat");
        save("CL", focal, "Chile: segunda versión.", version(change), change, true)
                .andExpect(redirectedUrl("/countries/revisions/" + change + "?submitted"));
        assertThat(summary("CL")).doesNotContain("Chile:");
        step(change, "publish", SECRETARIAT, version(change)).andExpect(redirectedUrl("/countries/revisions/" + change + "?published"));
        assertThat(summary("CL")).contains("Chile: segunda versión.");
        assertThat(page("/countries/revisions/" + change, focal, Locale.ENGLISH)).contains("Published on");
    }

    @Test
    void theSecretariatsOwnEditIsPublishedAtOnce() throws Exception {
        save("UY", SECRETARIAT, "Uruguay: perfil de la secretaría.", version("UY"), null, false)
                .andExpect(redirectedUrl("/countries/UY?saved"));
        assertThat(page("/countries/UY", ANONYMOUS, Locale.forLanguageTag("es"))).contains("Uruguay: perfil de la secretaría.");
        assertThat(jdbc.sql("select count(*) from directory.country_revision where country_iso2 = 'UY'").query(Long.class).single())
                .isZero();
        assertThat(audited("directory.country", "UY", "secretariat", "UPDATE")).isEqualTo(1);
    }

    @Test
    void aSecondChangeIsNotStartedWhileOneIsPendingAndOtherCountriesAreRefused() throws Exception {
        var focal = SignedIn.focalPoint("focal.py", "PY", Constituency.GOVERNMENT);
        save("PY", focal, "Paraguay: borrador.", version("PY"), null, false).andExpect(redirectedUrlPattern("/countries/revisions/*?saved"));
        String stale = save("PY", focal, "Paraguay: otro borrador.", version("PY"), null, false).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(stale).contains("Paraguay: otro borrador.");
        save("PY", SignedIn.focalPoint("focal.py.workers", "PY", Constituency.WORKERS), "Sindicatos", version("PY"), null, true)
                .andExpect(status().isForbidden());
        save("PY", SignedIn.focalPoint("focal.ar", "AR", Constituency.GOVERNMENT), "Vecino", version("PY"), null, true)
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from directory.country_revision where country_iso2 = 'PY'").query(Long.class).single())
                .isEqualTo(1);
    }

    private ResultActions save(String country, RequestPostProcessor who, String spanish, int version, Long revision, boolean send)
            throws Exception {
        var request = post("/countries/{c}/edit", country).with(csrf()).with(who).locale(Locale.ENGLISH)
                .param("summary.original", "es").param("summary.es", spanish).param("version", String.valueOf(version))
                .param("revision", revision == null ? "" : String.valueOf(revision));
        if (send) {
            request.param("send", "true");
        }
        return mvc.perform(request);
    }

    private ResultActions step(long change, String step, RequestPostProcessor who, int version) throws Exception {
        return mvc.perform(post("/countries/revisions/{id}/" + step, change).with(csrf()).with(who)
                .param("version", String.valueOf(version)));
    }

    private String page(String path, RequestPostProcessor who, Locale locale) throws Exception {
        return mvc.perform(get(path).with(who).locale(locale)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private long pending(String country) {
        return jdbc.sql("select id from directory.country_revision where country_iso2 = ? and state <> 'PUBLISHED'")
                .param(country).query(Long.class).single();
    }

    private int version(long change) {
        return jdbc.sql("select version from directory.country_revision where id = ?").param(change).query(Integer.class).single();
    }

    private int version(String country) {
        return jdbc.sql("select version from directory.country where iso2 = ?").param(country).query(Integer.class).single();
    }

    private String summary(String country) {
        return jdbc.sql("select coalesce(summary::text, '') from directory.country where iso2 = ?").param(country)
                .query(String.class).single();
    }

    private long audited(String type, String id, String actor, String action) {
        return jdbc.sql("select count(*) from accounts.audit_event where record_type = ? and record_id = ? and actor = ? and action = ?")
                .params(type, id, actor, action).query(Long.class).single();
    }
}
