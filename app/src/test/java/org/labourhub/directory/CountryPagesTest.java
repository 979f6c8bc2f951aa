package org.labourhub.directory;

import org.junit.jupiter.api.Test;
import org.labourhub.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class CountryPagesTest {

    @LocalServerPort
    int port;

    @Test
    void theCountryListShowsNamesInTheReadersLanguageAndFiltersByMembership() throws Exception {
        var web = new WebClient(port);
        String spanish = web.get("/countries?oas=true&lang=es").body();
        assertThat(spanish).contains("35 resultados", "Estados Unidos", "Brasil");
        String french = web.get("/countries?region=CARIBBEAN&lang=fr").body();
        assertThat(french).contains("Haïti", "Jamaïque").doesNotContain("Guatemala");
    }

    @Test
    void anHtmxFilterGetsOnlyTheResults() throws Exception {
        String partial = new WebClient(port).getHtmx("/countries?region=SOUTH_AMERICA&lang=en").body();
        assertThat(partial).contains("id=\"results\"", "Peru").doesNotContain("<html", "site-header");
    }

    @Test
    void theProfileGroupsFocalPointsByConstituencyAndListsMembershipsAndOrganisations() throws Exception {
        String page = new WebClient(port).get("/countries/GT?lang=en").body();
        assertThat(page).contains("Guatemala", "Focal points by constituency", "Government", "Employers", "Workers",
                "Network memberships", "Regional Initiative", "Organisations of the country",
                "id=\"summary\"", "id=\"focal-points\"", "id=\"memberships\"", "id=\"organisations\"");
    }

    @Test
    void theProfileListsTheCountrysCooperationProjects() throws Exception {
        String page = new WebClient(port).get("/countries/PE?lang=en").body();
        assertThat(page).contains("id=\"projects\"", "/projects?country=PE");
        assertThat(page).containsPattern("href=\"/projects/\\d+\"");
    }

    @Test
    void anUnknownCountryCodeGivesTheNotFoundPageInTheReadersLanguage() throws Exception {
        var web = new WebClient(port);
        for (String code : new String[]{"XX", "gtm", "gt", "G1"}) {
            var response = web.get("/countries/" + code + "?lang=es");
            assertThat(response.statusCode()).as(code).isEqualTo(404);
            assertThat(response.body()).contains("Página no encontrada");
        }
        assertThat(web.getJson("/api/countries/XX").statusCode()).isEqualTo(404);
    }

    @Test
    void untranslatedTextIsShownInItsOriginalLanguageWithAMarker() throws Exception {
        var focal = WebClient.signedIn(port, "focal.gt", IntegrationTest.DEMO_PASSWORD);
        var added = focal.submit("/people/new", new HashMap<>(Map.of("position.original", "es",
                "position.es", "Asesora sin traducir", "country", "GT", "languages", "es", "version", "0")));
        String person = URI.create(added.headers().firstValue("Location").orElseThrow()).getPath();
        assertThat(focal.get(person + "?lang=pt").body()).contains("lang=\"es\"", "Asesora sin traducir", "(não traduzido");
    }

    @Test
    void theDemoNetworksReadInPortugueseWithNothingLeftUntranslated() throws Exception {
        String page = new WebClient(port).get("/networks/regional-initiative?lang=pt").body();
        assertThat(page).contains("Plataforma de cooperação intergovernamental").doesNotContain("não traduzido");
    }

    @Test
    void theSameResourcesAreOfferedAsJson() throws Exception {
        var response = new WebClient(port).getJson("/api/countries/GT");
        assertThat(response.body()).contains("\"iso2\":\"GT\"", "\"original\":\"fr\"", "\"GOVERNMENT\"");
    }
}
