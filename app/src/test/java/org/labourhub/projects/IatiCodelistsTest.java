package org.labourhub.projects;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IatiCodelistsTest {

    private static final Locale FRENCH = Locale.FRENCH;
    private static final Locale SPANISH = Locale.forLanguageTag("es");

    @Test
    void kosovoIsACountryAsIatiListsIt() {
        assertThat(KnownCountries.isCountry("XK")).isTrue();
        assertThat(IatiCodelists.COUNTRY).contains("XK", "GT", "NP");
        assertThat(KnownCountries.isCountry("XX")).isFalse();
        assertThat(IatiCodes.countryName("XK", Locale.ENGLISH)).contains("Kosovo");
    }

    @Test
    void theNewerRegionsAndExYugoslaviaExist() {
        var regions = IatiCodelists.get("Region");
        IntStream.rangeClosed(1027, 1035).mapToObj(String::valueOf)
                .forEach(code -> assertThat(regions.contains(code)).as(code).isTrue());
        assertThat(IatiCodelists.REGION).contains("88", "1027", "1035", "298");
        assertThat(IatiCodes.regionName("1027", Locale.ENGLISH)).contains("Eastern Africa, regional");
        assertThat(IatiCodes.regionName("1027", FRENCH)).contains("Afrique de l'est, régional");
        assertThat(IatiCodes.regionName("389", Locale.ENGLISH)).contains("Caribbean & Central America, regional");
    }

    @Test
    void transactionTypesAreOneToThirteenInFileOrder() {
        var expected = IntStream.rangeClosed(1, 13).mapToObj(String::valueOf).toList();
        assertThat(IatiCodelists.get("TransactionType").codes()).containsExactlyElementsOf(expected);
        assertThat(IatiCodelists.TRANSACTION_TYPE).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void sectorsAndTheirCategoriesHaveNamesInEnglishAndFrench() {
        var sectors = IatiCodelists.get("Sector");
        assertThat(sectors.contains("11110")).isTrue();
        assertThat(sectors.category("11110")).contains("111");
        assertThat(IatiCodelists.isDacSector("11110")).isTrue();
        assertThat(IatiCodelists.isDacSector("11199")).isFalse();
        assertThat(IatiCodelists.SECTOR_CATEGORY).contains("111");
        assertThat(IatiCodes.sectorName("11110", Locale.ENGLISH)).contains("Education policy and administrative management");
        assertThat(IatiCodes.sectorName("11110", FRENCH)).contains("Politique de l'éducation et gestion administrative");
        assertThat(IatiCodes.sectorName("111", Locale.ENGLISH)).contains("Education, Level Unspecified");
        assertThat(IatiCodes.sectorName("111", FRENCH)).contains("Education, Niveau non spécifié");
    }

    @Test
    void aLanguageIatiDoesNotPublishFallsBackToEnglish() {
        assertThat(IatiCodes.name("TransactionType", "1", SPANISH)).contains("Incoming Funds");
        assertThat(IatiCodes.name("TransactionType", "1", Locale.forLanguageTag("fr-CA"))).contains("Fonds entrants");
        assertThat(IatiCodes.organisationTypeName("10", FRENCH)).isPresent().isNotEqualTo(IatiCodes.organisationTypeName("10", Locale.ENGLISH));
        assertThat(IatiCodes.name("Currency", "USD", FRENCH)).isPresent();
    }

    @Test
    void countryNamesInALanguageIatiDoesNotPublishComeFromTheJdk() {
        assertThat(IatiCodes.countryName("DE", Locale.ENGLISH)).contains("Germany");
        assertThat(IatiCodes.countryName("DE", SPANISH)).contains("Alemania");
        assertThat(IatiCodes.countryName("ZZ", SPANISH)).isEmpty();
    }

    @Test
    void withdrawnCodesAreKnownAsWithdrawnAndStillListed() {
        var regions = IatiCodelists.get("Region");
        assertThat(regions.contains("380")).isTrue();
        assertThat(regions.isWithdrawn("380")).isTrue();
        assertThat(regions.isWithdrawn("1027")).isFalse();
        assertThat(IatiCodelists.get("Currency").isWithdrawn("EEK")).isTrue();
        assertThat(IatiCodelists.get("FileFormat").isWithdrawn("application/mud+json")).as("withdrawal date, no status").isTrue();
    }

    @Test
    void currenciesAreExactlyIatisCurrencyList() {
        assertThat(Money.isCurrency("USD")).isTrue();
        assertThat(Money.isCurrency("GTQ")).isTrue();
        assertThat(Money.isCurrency("XAU")).as("gold is ISO 4217 but not on IATI's list").isFalse();
        assertThat(Money.isCurrency("usd")).isFalse();
        assertThat(Money.isCurrency(null)).isFalse();
    }

    @Test
    void everyListOfTheActivityStandardIsThere() {
        assertThat(IatiCodelists.names()).contains("ActivityDateType", "ActivityStatus", "AidType", "BudgetIdentifierVocabulary",
                "Country", "Currency", "DocumentCategory", "FinanceType", "FlowType", "Language", "OrganisationRole",
                "OrganisationType", "Region", "Sector", "SectorCategory", "TransactionType", "UNSDG-Targets", "Version");
        for (var name : IatiCodelists.names()) {
            var list = IatiCodelists.get(name);
            assertThat(list.name()).isEqualTo(name);
            assertThat(list.codes()).as(name).isNotEmpty();
        }
    }

    @Test
    void unknownCodesAndListsAreToldApart() {
        assertThat(IatiCodes.countryName(null, Locale.ENGLISH)).isEmpty();
        assertThat(IatiCodes.sectorName("1111", Locale.ENGLISH)).isEmpty();
        assertThat(IatiCodelists.get("Country").name("ZZ", Locale.ENGLISH)).isEmpty();
        assertThatThrownBy(() -> IatiCodelists.get("NoSuchList")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFolderWithAChangedFileGivesTheNewCodeWithNoChangeOfCode(@TempDir Path folder) throws Exception {
        var release = releaseFolder();
        try (var files = Files.list(release)) {
            for (var file : files.toList()) {
                Files.copy(file, folder.resolve(file.getFileName()));
            }
        }
        var countries = folder.resolve("Country.xml");
        var xml = Files.readString(countries, StandardCharsets.UTF_8).replace("<codelist-items>", """
                <codelist-items>
                        <codelist-item>
                            <code>XQ</code>
                            <name>
                                <narrative>Test Land</narrative>
                                <narrative xml:lang="fr">Pays d'essai</narrative>
                            </name>
                        </codelist-item>""");
        Files.writeString(countries, xml, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("LabourHubTest.xml"), """
                <codelist name="LabourHubTest" xml:lang="en"><codelist-items>
                  <codelist-item status="withdrawn"><code>A</code><name><narrative>Old</narrative></name></codelist-item>
                </codelist-items></codelist>""", StandardCharsets.UTF_8);

        var changed = CodelistFolder.at(folder);
        assertThat(changed.names()).containsAll(IatiCodelists.names()).contains("LabourHubTest");
        assertThat(changed.get("Country").codes().get(0)).isEqualTo("XQ");
        assertThat(changed.get("Country").name("XQ", FRENCH)).contains("Pays d'essai");
        assertThat(changed.get("Country").contains("XK")).isTrue();
        assertThat(changed.get("LabourHubTest").isWithdrawn("A")).isTrue();
        assertThat(IatiCodelists.get("Country").contains("XQ")).as("the release on the class path is untouched").isFalse();
    }

    private static Path releaseFolder() throws URISyntaxException {
        return Path.of(IatiCodelists.class.getClassLoader().getResource(IatiCodelists.FOLDER).toURI());
    }
}
