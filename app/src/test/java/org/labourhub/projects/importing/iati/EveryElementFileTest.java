package org.labourhub.projects.importing.iati;

import org.junit.jupiter.api.Test;
import org.labourhub.projects.importing.iati.EveryElementFile.PathValue;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class EveryElementFileTest {

    private static final byte[] FILE = EveryElementFile.bytes();
    private static final String NS = EveryElementFile.EXTENSION_NAMESPACE;
    private static final String SECOND = "/iati-activities/iati-activity[2]";
    private static final String THIRD = "/iati-activities/iati-activity[3]";
    private final Document document = parse(FILE);

    @Test
    void theFileIsValidAgainstTheSchema() {
        assertThat(IatiSchema.validate(FILE)).isEmpty();
    }

    @Test
    void itUsesEveryElementAndAttributeTheSchemaDeclaresAndOneOfEachExtension() {
        var declared = EveryElementFile.schemaPaths();
        assertThat(declared).hasSizeGreaterThan(400).contains("iati-activities/@version", "iati-activity/@xml:lang",
                "iati-activity/transaction/provider-org/@provider-activity-id", "iati-activity/location/point/pos",
                "iati-activity/result/indicator/period/actual/document-link/document-date/@iso-date");
        var used = EveryElementFile.paths(FILE);
        assertThat(used).containsAll(declared);
        assertThat(used.stream().filter(path -> !declared.contains(path)))
                .containsExactlyInAnyOrder("iati-activity/@{" + NS + "}project-code", "iati-activity/{" + NS + "}internal-note");
    }

    @Test
    void narrativesAreInFourLanguages() {
        var languages = EveryElementFile.pathValues(FILE).stream().filter(pv -> pv.path().endsWith("narrative/@xml:lang"))
                .map(PathValue::value).distinct().toList();
        assertThat(languages).containsExactlyInAnyOrder("fr", "es", "pt");
        assertThat(strings(document, "//iati-activity/@*[local-name() = 'lang']")).containsOnly("en");
    }

    @Test
    void theSecondActivityGivesItsCountriesAndOneRegionOnEachTransactionInstead() {
        assertThat(count(document, SECOND + "/recipient-country | " + SECOND + "/recipient-region")).isZero();
        assertThat(count(document, SECOND + "/transaction[count(recipient-country | recipient-region) = 1]")).isEqualTo(13);
        assertThat(strings(document, SECOND + "/transaction/recipient-country/@code")).hasSize(12).contains("XK");
        assertThat(strings(document, SECOND + "/transaction/recipient-region[@vocabulary = '1']/@code")).containsExactly("1032");
    }

    @Test
    void theSecondActivityHasAllThirteenTransactionTypesEachWithItsOwnAmount() {
        assertThat(strings(document, SECOND + "/transaction/transaction-type/@code"))
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 13).mapToObj(String::valueOf).toList());
        var amounts = strings(document, SECOND + "/transaction/value");
        assertThat(amounts).hasSize(13).doesNotHaveDuplicates().contains("1234567.123456");
        assertThat(amounts).filteredOn(a -> a.matches("\\d+\\.\\d{6}")).hasSizeGreaterThan(1);
    }

    @Test
    void theSecondActivityGivesOneSectorCodeUnderTwoVocabulariesWithTwoSharesEachAddingTo100() {
        for (String vocabulary : List.of("1", "99")) {
            String sectors = SECOND + "/sector[@vocabulary = '" + vocabulary + "']";
            assertThat(strings(document, sectors + "/@code")).hasSize(2).contains("11110");
            assertThat(sum(strings(document, sectors + "/@percentage"))).isEqualByComparingTo("100");
        }
        assertThat(strings(document, SECOND + "/sector[@vocabulary = '99']/@vocabulary-uri")).hasSize(2);
    }

    @Test
    void theSecondActivityNamesAParticipatingOrganisationInSevenHundredCharacters() {
        assertThat(strings(document, SECOND + "/participating-org/narrative")).anyMatch(name -> name.length() == 700);
    }

    @Test
    void theThirdActivityIsAChildWithSectorsAndGeographyOnItsTransactionsAndNoBudget() {
        assertThat(strings(document, THIRD + "/@hierarchy")).containsExactly("2");
        assertThat(strings(document, THIRD + "/related-activity[@type = '1']/@ref"))
                .containsExactly(strings(document, "/iati-activities/iati-activity[1]/iati-identifier").get(0));
        assertThat(count(document, THIRD + "/sector | " + THIRD + "/recipient-country | " + THIRD + "/budget")).isZero();
        assertThat(strings(document, THIRD + "/@budget-not-provided")).containsExactly("3");
        assertThat(count(document, THIRD + "/transaction[sector and count(recipient-country | recipient-region) = 1]")).isEqualTo(3);
    }

    @Test
    void sharesAddUpTo100InEveryActivity() {
        for (int a = 1; a <= EveryElementFile.KINDS; a++) {
            String activity = "/iati-activities/iati-activity[" + a + "]";
            for (String vocabulary : strings(document, activity + "/sector/@vocabulary")) {
                assertThat(sum(strings(document, activity + "/sector[@vocabulary = '" + vocabulary + "']/@percentage")))
                        .isEqualByComparingTo("100");
            }
            for (String vocabulary : strings(document, activity + "/recipient-region/@vocabulary")) {
                var shares = strings(document, activity + "/recipient-country/@percentage | " + activity
                        + "/recipient-region[@vocabulary = '" + vocabulary + "']/@percentage");
                assertThat(sum(shares)).isEqualByComparingTo("100");
            }
        }
    }

    @Test
    void manyActivitiesHaveDistinctIdentifiersAndAreEachAsFullAsTheirKind() {
        var out = new ByteArrayOutputStream();
        EveryElementFile.write(out, 7);
        byte[] many = out.toByteArray();
        assertThat(IatiSchema.validate(many)).isEmpty();
        Document file = parse(many);
        assertThat(strings(file, "//iati-identifier")).hasSize(7).doesNotHaveDuplicates();
        for (int i = 0; i < 7; i++) {
            assertThat(count(file, "/iati-activities/iati-activity[" + (i + 1) + "]//*"))
                    .isEqualTo(count(document, "/iati-activities/iati-activity[" + (i % EveryElementFile.KINDS + 1) + "]//*"));
        }
    }

    @Test
    void pathValuesTellTwoFilesApartByWhatChanged() {
        byte[] changed = new String(FILE, StandardCharsets.UTF_8).replace(">1234567.123456<", ">1234567.12345<")
                .getBytes(StandardCharsets.UTF_8);
        var before = EveryElementFile.pathValues(FILE);
        var after = EveryElementFile.pathValues(changed);
        assertThat(EveryElementFile.pathValues(parse(FILE))).isEqualTo(before);
        assertThat(before).contains(new PathValue("iati-activity/transaction/value", "1234567.123456"))
                .doesNotContain(new PathValue("iati-activity/transaction/value", "1234567.12345"));
        var gone = new ArrayList<>(before);
        after.forEach(gone::remove);
        assertThat(gone).containsExactly(new PathValue("iati-activity/transaction/value", "1234567.123456"));
    }

    private static BigDecimal sum(List<String> values) {
        return values.stream().map(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static int count(Document document, String xpath) {
        return strings(document, xpath).size();
    }

    private static List<String> strings(Document document, String xpath) {
        try {
            var nodes = (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, document, XPathConstants.NODESET);
            return IntStream.range(0, nodes.getLength()).mapToObj(i -> nodes.item(i).getTextContent()).toList();
        } catch (Exception e) {
            throw new IllegalArgumentException(xpath, e);
        }
    }

    private static Document parse(byte[] xml) {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
