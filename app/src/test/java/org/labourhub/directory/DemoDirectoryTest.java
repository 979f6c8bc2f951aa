package org.labourhub.directory;

import org.junit.jupiter.api.Test;
import org.labourhub.IntegrationTest;
import org.labourhub.platform.i18n.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo directory loaded on first start, and what other modules read from it. */
@IntegrationTest
class DemoDirectoryTest {

    private static final List<String> OAS_MEMBERS = List.of("AG", "AR", "BS", "BB", "BZ", "BO", "BR", "CA", "CL", "CO",
            "CR", "CU", "DM", "DO", "EC", "SV", "US", "GD", "GT", "GY", "HT", "HN", "JM", "MX", "NI", "PA", "PY", "PE",
            "KN", "LC", "VC", "SR", "TT", "UY", "VE");

    @Autowired
    Directory directory;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @Test
    void allThirtyFiveOasMemberStatesArePresentWithNamesInTheFourLanguages() {
        List<Country> members = directory.countries().stream().filter(Country::oasMember).toList();
        assertThat(members).extracting(Country::iso2).containsExactlyInAnyOrderElementsOf(OAS_MEMBERS);
        for (Country country : members) {
            assertThat(country.name().translations()).as(country.iso2()).containsKeys(Language.values());
        }
        assertThat(directory.country("GT").orElseThrow().name().in(Language.ES)).isEqualTo("Guatemala");
        assertThat(directory.country("US").orElseThrow().name().in(Language.FR)).isEqualTo("États-Unis");
    }

    @Test
    void theSeedsOrganisationsNetworksAndFocalPointsAreLoaded() {
        for (String acronym : List.of("IPEC", "PAHO", "CERSSO", "USDOL", "AECID", "COSATE", "CEATAL", "IOE", "ITUC")) {
            assertThat(jdbc.sql("select count(*) from directory.organisation where acronym ->> 'en' = ?").param(acronym)
                    .query(Long.class).single()).as(acronym).isPositive();
        }
        DirectoryFigures figures = directory.figures();
        assertThat(figures.countries()).isGreaterThanOrEqualTo(35);
        assertThat(figures.organisations()).isGreaterThan(100);
        assertThat(figures.networks()).isGreaterThan(5);
        assertThat(figures.focalPoints()).isGreaterThan(5);
        assertThat(jdbc.sql("select count(*) from directory.country where oas_member and labour_ministry_id is null")
                .query(Long.class).single()).as("OAS members without a ministry of labour").isZero();
        assertThat(jdbc.sql("select count(*) from directory.person where email is not null or phone is not null or name is not null")
                .query(Long.class).single()).as("demo people with personal data").isZero();
        assertThat(jdbc.sql("select count(*) from directory.expert").query(Long.class).single()).isPositive();
    }

    @Test
    void organisationsAreFoundByKeyAndIdThroughThePublicApi() {
        OrganisationRef ilo = directory.organisation("ilo").orElseThrow();
        assertThat(directory.organisation(ilo.id())).contains(ilo);
        assertThat(ilo.type()).isEqualTo(OrganisationType.INTERNATIONAL);
        assertThat(directory.country("gt")).isEmpty();
    }

    @Test
    void theIloReadsOitOnASpanishPageAndIloOnAnEnglishOne() throws Exception {
        OrganisationRef ilo = directory.organisation("ilo").orElseThrow();
        assertThat(ilo.acronym(Locale.forLanguageTag("es"))).isEqualTo("OIT");
        assertThat(ilo.acronym(Locale.ENGLISH)).isEqualTo("ILO");
        assertThat(ilo.label(Locale.forLanguageTag("pt"))).isEqualTo("OIT");
        assertThat(directory.network("cimt").orElseThrow().label(Locale.ENGLISH)).isEqualTo("IACML");
        var web = new WebClient(port);
        String spanish = web.get("/organisations/" + ilo.id() + "?lang=es").body();
        String english = web.get("/organisations/" + ilo.id() + "?lang=en").body();
        assertThat(spanish).contains("<dd>OIT</dd>").doesNotContain("<dd>ILO</dd>");
        assertThat(english).contains("<dd>ILO</dd>").doesNotContain("<dd>OIT</dd>");
        assertThat(web.get("/organisations?q=ILO&lang=es").body()).as("found by its English acronym, shown in Spanish")
                .contains(">OIT</td>");
        assertThat(web.get("/organisations/" + directory.organisation("paho").orElseThrow().id() + "?lang=pt").body())
                .contains("<dd>OPAS</dd>");
    }

    @Test
    void theHomePageShowsTheDirectoryFigures() throws Exception {
        String home = new WebClient(port).get("/?lang=en").body();
        assertThat(home).contains(directory.figures().countries() + " countries",
                directory.figures().focalPoints() + " focal points");
    }
}
