package org.labourhub.directory;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.labourhub.IntegrationTest;
import org.labourhub.accounts.SignedIn;
import org.labourhub.platform.Constituency;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.text.Collator;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** What the directory's type-aheads suggest: names in the reader's language, found by any part, case and accents aside. */
@IntegrationTest
@AutoConfigureMockMvc
class SuggestionsTest {

    static final Locale SPANISH = Locale.forLanguageTag("es");

    @Autowired
    MockMvc mvc;

    @Test
    void organisationsAreFoundByWordsOfAnyNameOrTheirAcronymAndNamedInTheReadersLanguage() throws Exception {
        assertThat(labels(get("/organisations/suggestions").param("q", "mintrab"), SPANISH))
                .containsExactly("Ministerio de Trabajo y Previsión Social (MINTRAB)");
        assertThat(labels(get("/organisations/suggestions").param("q", "  Prevoyance  SOCIALE guatemala"), Locale.ENGLISH))
                .as("French words, no accents, other case; the country is not part of the name").isEmpty();
        assertThat(labels(get("/organisations/suggestions").param("q", "prevoyance sociale"), Locale.ENGLISH))
                .contains("Ministry of Labour and Social Welfare (MINTRAB)");
        List<String> ordered = labels(get("/organisations/suggestions").param("q", "prevision"), SPANISH);
        assertThat(ordered).hasSizeGreaterThanOrEqualTo(4).isSortedAccordingTo(collator(SPANISH));
        assertThat(labels(get("/organisations/suggestions").param("q", ""), SPANISH)).hasSize(SuggestionController.MAX)
                .isSortedAccordingTo(collator(SPANISH));
    }

    @Test
    void networksAreSuggestedOnlyWhereTheyMayBeChosenAndAttachableKeepsTheReadersScope() throws Exception {
        var all = page(get("/organisations/suggestions").param("q", "iniciativa regional").param("networks", "true"), SPANISH);
        assertThat(all.select("li[role=option]").eachAttr("data-value")).anyMatch(v -> v.startsWith("network:"));
        var organisations = page(get("/organisations/suggestions").param("q", "iniciativa regional"), SPANISH);
        assertThat(organisations.select("li[role=option]").eachAttr("data-value")).noneMatch(v -> v.startsWith("network:"));

        var focalPoint = SignedIn.focalPoint("focal.gt", "GT", Constituency.GOVERNMENT);
        assertThat(labels(get("/organisations/suggestions").param("q", "ministerio trabajo").param("attachable", "true").with(focalPoint), SPANISH))
                .containsExactly("Ministerio de Trabajo y Previsión Social (MINTRAB)");
        assertThat(labels(get("/organisations/suggestions").param("q", "ministerio trabajo").param("attachable", "true"), SPANISH))
                .as("an anonymous reader may attach nothing").isEmpty();
        assertThat(labels(get("/countries/suggestions").param("attachable", "true").with(focalPoint), SPANISH)).containsExactly("Guatemala");
    }

    @Test
    void countriesAreFoundByTheirNameInAnyLanguageAndTheStatusSaysHowMany() throws Exception {
        assertThat(labels(get("/countries/suggestions").param("q", "peru"), SPANISH)).containsExactly("Perú");
        assertThat(labels(get("/countries/suggestions").param("q", "santa"), SPANISH)).contains("Santa Lucía");
        assertThat(labels(get("/countries/suggestions").param("q", "trinite"), Locale.ENGLISH)).containsExactly("Trinidad and Tobago");
        var none = page(get("/countries/suggestions").param("q", "atlantide"), Locale.FRENCH);
        assertThat(none.select("li[role=option]")).isEmpty();
        assertThat(none.selectFirst(".typeahead-status").text()).isEqualTo("Aucune correspondance. Tapez une autre partie du nom.");
        assertThat(page(get("/countries/suggestions").param("q", "peru"), Locale.ENGLISH).selectFirst(".typeahead-status").text())
                .startsWith("1 suggestion;");
    }

    private List<String> labels(MockHttpServletRequestBuilder request, Locale locale) throws Exception {
        return page(request, locale).select("li[role=option]").eachText();
    }

    private Document page(MockHttpServletRequestBuilder request, Locale locale) throws Exception {
        String html = mvc.perform(request.locale(locale)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return Jsoup.parseBodyFragment("<ul>" + html + "</ul>");
    }

    private static Collator collator(Locale locale) {
        Collator collator = Collator.getInstance(locale);
        collator.setStrength(Collator.PRIMARY);
        return collator;
    }
}
