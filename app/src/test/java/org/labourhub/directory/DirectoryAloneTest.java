package org.labourhub.directory;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The directory started with only the modules it depends on (accounts, platform), on a database of its own: its
 * pages work without the modules that add to them, and a section added as a bean lands in the country profile and
 * its table of contents, which name no module.
 */
// the modules' boundaries are verified once, by ModularityTests, which knows the risk engine is a library, not a module
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES, verifyAutomatically = false,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = {
        "labourhub.database.home=${labourhub.test-data-dir:target/test-postgres}-directory",
        "labourhub.database.recreate=true",
        "labourhub.database.port=0",
        "labourhub.demo=true",
        "logging.file.name=target/test-logs/labourhub-directory.log"
})
@Import(DirectoryAloneTest.AddedByATest.class)
class DirectoryAloneTest {

    @LocalServerPort
    int port;

    @TestConfiguration(proxyBeanMethods = false)
    static class AddedByATest {
        @Bean
        CountrySection addedByATest() {
            return new CountrySection() {
                @Override
                public Placement placement() {
                    return new Placement(1, "added-by-a-test", "directory.country.summary", "test/added-section");
                }

                @Override
                public Object content(String iso2, Locale locale) {
                    return "Added for " + iso2 + " in " + locale.getLanguage();
                }
            };
        }
    }

    @Test
    void theCountryProfileShowsTheAddedSectionAndNoModuleTheDirectoryDoesNotKnow() throws Exception {
        String page = new WebClient(port).get("/countries/PE?lang=en").body();
        assertThat(page).contains("<a href=\"#added-by-a-test\">", "Added for PE in en", "id=\"focal-points\"")
                .doesNotContain("id=\"projects\"");
    }

    @Test
    void theOrganisationPageStandsWithoutAddedSections() throws Exception {
        var web = new WebClient(port);
        String list = web.get("/organisations?lang=fr").body();
        var link = java.util.regex.Pattern.compile("href=\"/organisations/(\\d+)\"").matcher(list);
        assertThat(link.find()).as("an organisation in the list").isTrue();
        var page = web.get("/organisations/" + link.group(1) + "?lang=fr");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("id=\"projects\"");
    }

    @Test
    void theHeaderOffersOnlyTheDirectorysPagesAndNoOtherModules() throws Exception {
        String page = new WebClient(port).get("/countries?lang=en").body();
        assertThat(page).contains("href=\"/countries\"", "href=\"/networks\"")
                .doesNotContain("href=\"/projects\"", "href=\"/plans\"");
    }
}
