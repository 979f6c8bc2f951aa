package org.labourhub.directory;

import org.junit.jupiter.api.Test;
import org.labourhub.IntegrationTest;
import org.labourhub.directory.demo.DemoDirectory;
import org.labourhub.platform.i18n.Language;
import org.labourhub.platform.i18n.MultilingualTextJson;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
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
        assertThat(jdbc.sql("select count(*) from directory.country where oas_member and labour_ministry_id is null and version = 0")
                .query(Long.class).single()).as("OAS members without a ministry of labour (as loaded; other tests edit profiles)").isZero();
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
    void everyDemoTextOfTheDirectoryIsInTheFourLanguages() {
        var untranslated = new ArrayList<String>();
        var organisations = texts("select key, acronym::text, name::text, description::text from directory.organisation"
                + " where key = any(?)", "organisations.csv", "key");
        var networks = texts("select key, acronym::text, name::text, description::text from directory.network"
                + " where key = any(?)", "networks.csv", "key");
        var focalPoints = texts("""
                select 'focal point ' || f.id, p.position::text, null, null from directory.focal_point f
                join directory.person p on p.id = f.person_id where p.position ->> 'fr' = any(?)""",
                "focal_points.csv", "position_fr");
        var experts = texts("select 'expert ' || id, area::text, position::text, null from directory.expert"
                + " where area ->> 'fr' = any(?)", "experts.csv", "area_fr");
        assertThat(List.of(organisations.size(), networks.size(), focalPoints.size(), experts.size()))
                .as("demo organisations, networks, focal points and experts found").containsExactly(
                        rows("organisations.csv"), rows("networks.csv"), rows("focal_points.csv"), rows("experts.csv"));
        for (var records : List.of(organisations, networks, focalPoints, experts)) {
            records.forEach(record -> record.lacking(untranslated));
        }
        assertThat(untranslated).as("demo text fields lacking one of es, en, fr, pt").isEmpty();
        for (Country country : directory.countries()) {
            assertThat(country.name().translations()).as(country.iso2()).containsKeys(Language.values());
        }
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

    /** The records a query finds for the values a column of a demo file holds. */
    private List<TextRecord> texts(String sql, String file, String column) {
        String[] values = DemoDirectory.table(file).rows().stream().map(row -> row.get(column)).toArray(String[]::new);
        return jdbc.sql(sql).param(values).query((rs, n) -> new TextRecord(rs.getString(1),
                Arrays.asList(rs.getString(2), rs.getString(3), rs.getString(4)))).list();
    }

    private static int rows(String file) {
        return DemoDirectory.table(file).rows().size();
    }

    /** One record's multilingual fields as stored (null when the record leaves the field empty). */
    private record TextRecord(String id, List<String> texts) {

        void lacking(List<String> untranslated) {
            for (String json : texts) {
                if (json != null && !MultilingualTextJson.read(json).translations().keySet()
                        .containsAll(EnumSet.allOf(Language.class))) {
                    untranslated.add(id + ": " + json);
                }
            }
        }
    }

    @Test
    void theHomePageShowsTheDirectoryFigures() throws Exception {
        String home = new WebClient(port).get("/?lang=en").body();
        assertThat(home).contains(directory.figures().countries() + " countries",
                directory.figures().focalPoints() + " focal points");
    }
}
