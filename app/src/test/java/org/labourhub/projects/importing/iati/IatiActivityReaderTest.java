package org.labourhub.projects.importing.iati;

import org.junit.jupiter.api.Test;
import org.labourhub.platform.i18n.Language;
import org.labourhub.projects.ActivityStatus;
import org.labourhub.projects.ImportProblem;
import org.labourhub.projects.Modality;
import org.labourhub.projects.ParticipantRole;
import org.labourhub.projects.Theme;

import javax.xml.stream.XMLStreamException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IatiActivityReaderTest {

    @Test
    void aValidActivityBecomesAProjectWithEveryPart() throws Exception {
        var activities = read(IatiSamples.file(IatiSamples.activity("XM-DAC-41302-GT-1", "Inspección del trabajo", "GT", "")));
        assertThat(activities).hasSize(1);
        var project = activities.get(0).project();
        assertThat(activities.get(0).problems()).isEmpty();
        assertThat(project.title().original()).isEqualTo(Language.ES);
        assertThat(project.title().in(Language.EN)).isEqualTo("Project XM-DAC-41302-GT-1");
        assertThat(project.status()).isEqualTo(ActivityStatus.IMPLEMENTATION);
        assertThat(project.participants()).extracting(p -> p.role()).containsExactly(ParticipantRole.FUNDING, ParticipantRole.IMPLEMENTING);
        assertThat(project.themes()).containsExactly(Theme.CHILD_LABOUR);
        assertThat(project.sdgTargets()).containsExactly("8.7");
        assertThat(project.modality()).isEqualTo(Modality.BILATERAL);
        assertThat(project.budgets().get(0).value().amount()).isEqualByComparingTo("100000.00");
        assertThat(project.transactions().get(0).value().amount()).isEqualByComparingTo(new BigDecimal("40000.50"));
        assertThat(project.results().get(0).indicators().get(0).actualValue()).isEqualTo("95");
    }

    @Test
    void everyProblemIsReportedWithLineColumnActivityAndField() throws Exception {
        String bad = IatiSamples.activity("BAD-1", "Malo", "XX", "")
                .replace("<activity-status code=\"2\"/>", "<activity-status code=\"9\"/>")
                .replace("code=\"16020\"", "code=\"99999\"");
        var activity = read(IatiSamples.file(bad)).get(0);
        assertThat(activity.isValid()).as("errors flag the activity, they do not refuse it").isTrue();
        assertThat(activity.problems()).extracting(ImportProblem::severity).containsOnly(ImportProblem.Severity.ERROR);
        assertThat(activity.project().countries()).as("the unknown country is left out").isEmpty();
        assertThat(activity.problems()).extracting(ImportProblem::field)
                .contains("activity-status/@code", "recipient-country/@code", "sector/@code");
        var status = activity.problems().stream().filter(p -> p.field().equals("activity-status/@code")).findFirst().orElseThrow();
        assertThat(status.activity()).isEqualTo("BAD-1");
        assertThat(status.line()).isEqualTo(10);
        assertThat(status.column()).isGreaterThan(1);
        assertThat(status.code()).isEqualTo("code");
        assertThat(status.args()).containsExactly("9", "ActivityStatus");
    }

    @Test
    void datesOutOfOrderAndSharesNotAddingUpAreFlagged() throws Exception {
        String bad = IatiSamples.activity("BAD-2", "Fechas", "GT", "<recipient-country code=\"HN\" percentage=\"30\"/>")
                .replace("2023-12-31", "2019-06-30");
        var problems = read(IatiSamples.file(bad)).get(0).problems();
        assertThat(problems).extracting(ImportProblem::code).contains("dateOrder", "percentages");
        assertThat(problems.stream().filter(p -> p.code().equals("percentages")).findFirst().orElseThrow().args())
                .containsExactly("130");
    }

    @Test
    void aShareWithoutPercentageAmongSeveralIsNamedAsSuch() throws Exception {
        String activity = IatiSamples.activity("SHARE-1", "Regiones", "GT", "")
                .replace("<recipient-country code=\"GT\" percentage=\"100\"/>",
                        "<recipient-country code=\"GT\" percentage=\"60\"/><recipient-region code=\"1032\" vocabulary=\"1\"/>");
        var problems = read(IatiSamples.file(activity)).get(0).problems();
        assertThat(problems).extracting(ImportProblem::code).containsExactly("percentageMissing");
        assertThat(problems.get(0).field()).isEqualTo("recipient-country/@percentage");
        assertThat(problems.get(0).line()).as("the region without a percentage").isEqualTo(13);
        assertThat(problems.get(0).column()).isGreaterThan(50);
    }

    @Test
    void aSchemaViolationIsPutOnTheElementItConcernsWhereTheFileHasIt() throws Exception {
        String activity = IatiSamples.activity("ORDER-1", "Orden", "GT", "")
                .replace("<activity-status code=\"2\"/>", "")
                .replace("<activity-date type=\"3\" iso-date=\"2023-12-31\"/>",
                        "<activity-date type=\"3\" iso-date=\"2023-12-31\"/><activity-status code=\"2\"/>");
        var read = read(IatiSamples.file(activity)).get(0);
        assertThat(read.isValid()).isTrue();
        assertThat(read.schemaValid()).isFalse();
        var schema = read.problems().stream().filter(p -> p.code().startsWith("schema.")).findFirst().orElseThrow();
        assertThat(schema.severity()).isEqualTo(ImportProblem.Severity.ERROR);
        // the first activity-date comes where the schema wants the status: that is where the validator stops
        assertThat(schema.line()).isEqualTo(11);
        assertThat(schema.field()).isEqualTo("activity-date");
        assertThat(schema.args()).first().isEqualTo("activity-date");
        assertThat(schema.args().get(1)).contains("activity-status");
    }

    @Test
    void missingRequiredElementsAreNamed() throws Exception {
        String bare = "<iati-activity><title><narrative>Sin nada</narrative></title></iati-activity>";
        var activity = read(IatiSamples.file(bare)).get(0);
        var problems = activity.problems();
        assertThat(activity.isValid()).as("no identifier is critical").isFalse();
        assertThat(problems).filteredOn(p -> p.severity() == ImportProblem.Severity.CRITICAL).extracting(ImportProblem::field)
                .containsExactly("iati-identifier");
        assertThat(problems).extracting(ImportProblem::code).anyMatch(code -> code.startsWith("schema."));
        assertThat(problems).extracting(ImportProblem::field).contains("iati-identifier", "reporting-org",
                "activity-status/@code", "participating-org", "recipient-country", "activity-date[@type=1|2]");
    }

    @Test
    void malformedXmlStopsWithItsPlace() {
        String broken = IatiSamples.file(IatiSamples.activity("OK-1", "Bien", "GT", "")).replace("</title>", "</titl>");
        assertThatThrownBy(() -> read(broken)).isInstanceOf(XMLStreamException.class)
                .satisfies(e -> assertThat(((XMLStreamException) e).getLocation().getLineNumber()).isEqualTo(6));
    }

    @Test
    void anExternalEntityIsRefusedAndTheFileItNamesIsNeverRead() throws Exception {
        Path secret = Files.createTempFile("secret", ".txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        String attack = "<?xml version=\"1.0\"?>\n<!DOCTYPE iati-activities [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<iati-activities version=\"2.03\">" + IatiSamples.activity("XXE-1", "&xxe;", "GT", "") + "</iati-activities>";
        assertThatThrownBy(() -> read(attack)).isInstanceOfSatisfying(RefusedFile.class,
                e -> assertThat(e.problem().code()).isEqualTo("doctype"));
        Files.delete(secret);
    }

    @Test
    void aBillionLaughsDtdIsRefused() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 1; i < 10; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>");
        String bomb = "<?xml version=\"1.0\"?>\n" + dtd + "\n<iati-activities>" + IatiSamples.activity("BOMB", "&lol9;", "GT", "") + "</iati-activities>";
        assertThatThrownBy(() -> read(bomb)).isInstanceOfSatisfying(RefusedFile.class,
                e -> assertThat(e.problem().code()).isEqualTo("doctype"));
    }

    @Test
    void aWrittenProjectReadsBackTheSame() throws Exception {
        var original = read(IatiSamples.file(IatiSamples.activity("RT-1", "Ida y vuelta", "GT", ""))).get(0).project();
        var out = new ByteArrayOutputStream();
        try (var writer = new IatiActivityWriter(out)) {
            writer.write(original, OffsetDateTime.parse("2024-01-10T00:00:00Z"));
        }
        var again = read(out.toString(StandardCharsets.UTF_8));
        assertThat(again.get(0).problems()).isEmpty();
        assertThat(again.get(0).project()).usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).isEqualTo(original);
    }

    static List<IatiActivity> read(String xml) throws XMLStreamException {
        return IatiActivityReader.readAll(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
