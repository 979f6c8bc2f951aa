package org.labourhub.projects.search;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.labourhub.IntegrationTest;
import org.labourhub.directory.Country;
import org.labourhub.directory.Directory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import java.text.Collator;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every country filter offers every country the directory knows, named and ordered as a reader of the page's language
 * expects. The project list used to offer the 30 most frequent of the countries with projects, so that in English
 * Saint Lucia and Trinidad and Tobago (one project each, late in the alphabet) could not be chosen.
 */
@IntegrationTest
@AutoConfigureMockMvc
class CountryFilterTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Directory directory;

    @Test
    void theProjectListsCountryFilterListsEveryCountryInTheReadersCollationWithItsCount() throws Exception {
        List<String> english = options("/projects", "#facet-country", Locale.ENGLISH);
        assertThat(english).anyMatch(o -> o.endsWith(" (0)")).allMatch(o -> o.matches(".+ \\(\\d+\\)"));
        // every country of the directory, and those projects name that it does not list (Kosovo, named on transactions)
        assertThat(english.stream().map(CountryFilterTest::withoutCount).toList()).containsAll(names(Locale.ENGLISH))
                .isSortedAccordingTo(collator(Locale.ENGLISH)).contains("Saint Lucia", "Trinidad and Tobago")
                .allMatch(name -> !name.matches("[A-Z]{2}"));

        List<String> spanish = options("/projects", "#facet-country", Locale.forLanguageTag("es"));
        assertThat(spanish.stream().map(CountryFilterTest::withoutCount).toList()).containsAll(names(Locale.forLanguageTag("es")))
                .isSortedAccordingTo(collator(Locale.forLanguageTag("es"))).contains("Santa Lucía", "Trinidad y Tobago");
    }

    @Test
    void everyOtherCountryFilterIsCompleteAndInTheReadersCollation() throws Exception {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("es"))) {
            for (String page : List.of("/organisations", "/people", "/experts", "/projects/monitoring")) {
                assertThat(options(page, "select#country", locale)).as(page + " in " + locale).isEqualTo(names(locale));
            }
        }
    }

    /** The options of a select, without its "any"/"all" option. */
    private List<String> options(String page, String select, Locale locale) throws Exception {
        String html = mvc.perform(get(page).locale(locale)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Element element = Jsoup.parse(html).selectFirst(select);
        assertThat(element).as(select + " on " + page).isNotNull();
        return element.select("option:not([value=''])").eachText();
    }

    private List<String> names(Locale locale) {
        return directory.countries().stream().map(Country::name).map(n -> n.in(locale)).sorted(collator(locale)).toList();
    }

    private static java.util.Comparator<String> collator(Locale locale) {
        Collator collator = Collator.getInstance(locale);
        collator.setStrength(Collator.PRIMARY);
        return (a, b) -> collator.compare(a, b);
    }

    private static String withoutCount(String option) {
        return option.replaceAll(" \\(\\d+\\)$", "");
    }
}
