package org.labourhub.projects.importing.iati;

import org.junit.jupiter.api.Test;
import org.labourhub.IntegrationTest;
import org.labourhub.platform.jobs.JobStatus;
import org.labourhub.platform.jobs.Jobs;
import org.labourhub.projects.Project;
import org.labourhub.projects.ProjectReader;
import org.labourhub.projects.ProjectStore;
import org.labourhub.projects.TransactionType;
import org.labourhub.projects.importing.ImportJobs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Import → export → import on a generated file that uses every element and attribute of the 2.03 activity schema:
 * nothing valid is refused or lost, the export is valid against the schema, and importing it again changes nothing.
 */
@IntegrationTest
@AutoConfigureMockMvc
class IatiRoundTripTest {

    @Autowired MockMvc mvc;
    @Autowired Jobs jobs;
    @Autowired JdbcClient jdbc;
    @Autowired ProjectReader reader;
    @Autowired ProjectStore store;
    @Autowired TransactionTemplate transaction;

    @Test
    void aFileUsingEveryElementOfTheSchemaComesBackWholeValidAndReimportsIdentically() throws Exception {
        byte[] original = EveryElementFile.bytes();
        var read = IatiActivityReader.readAll(new ByteArrayInputStream(original));
        assertThat(read).hasSize(EveryElementFile.KINDS)
                .allSatisfy(a -> assertThat(a.problems()).as(a.identifier()).isEmpty());

        var job = ImportJobs.upload(mvc, jobs, "/projects/import/iati", "every-element.xml",
                new String(original, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        assertThat(job.status()).isEqualTo(JobStatus.SUCCEEDED);
        List<Long> ids = read.stream().map(a -> idOf(a.identifier())).toList();

        byte[] exported = export(ids);
        assertThat(IatiSchema.validate(exported)).isEmpty();
        assertThat(activityPaths(EveryElementFile.paths(exported))).containsAll(activityPaths(EveryElementFile.schemaPaths()));
        assertThat(activityValues(original)).hasSizeGreaterThan(500);
        assertThat(activityValues(exported)).isEqualTo(activityValues(original));

        Map<Long, Project> before = reader.many(ids);
        var again = ImportJobs.upload(mvc, jobs, "/projects/import/iati", "every-element-exported.xml",
                new String(exported, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        assertThat(again.status()).isEqualTo(JobStatus.SUCCEEDED);
        assertThat(reader.many(ids)).usingRecursiveComparison().ignoringCollectionOrder().isEqualTo(before);
        assertThat(activityValues(export(ids))).isEqualTo(activityValues(exported));
    }

    @Test
    void whatPublishersReallyWriteImportsEveryValue() throws Exception {
        byte[] original = EveryElementFile.bytes();
        ImportJobs.upload(mvc, jobs, "/projects/import/iati", "every-element.xml",
                new String(original, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        var second = IatiActivityReader.readAll(new ByteArrayInputStream(original)).get(1);
        long id = idOf(second.identifier());
        Project project = reader.one(id).orElseThrow();

        assertThat(project.countries()).as("the countries are on the transactions").isEmpty();
        assertThat(project.transactions()).extracting(t -> t.type().code()).containsExactlyInAnyOrder(
                Arrays.stream(TransactionType.values()).map(TransactionType::code).toArray(String[]::new));
        assertThat(project.transactions()).extracting(Project.Transaction::recipientCountry).contains("XK");
        assertThat(project.transactions()).extracting(Project.Transaction::recipientRegion)
                .contains(new Project.RegionCode("1032", "1"));
        assertThat(project.transactions()).extracting(t -> t.value().amount())
                .contains(new BigDecimal("1234567.123456"));
        assertThat(project.sectors()).filteredOn(s -> s.code().equals("11110")).extracting(Project.SectorShare::vocabulary)
                .contains("1", "99");
        assertThat(project.participants()).anySatisfy(p -> assertThat(p.name()).hasSize(700));
        assertThat(jdbc.sql("select iso2 from projects.recipient_country where project_id = ? and on_transactions").param(id)
                .query(String.class).list()).as("found by country all the same").contains("XK");
    }

    @Test
    void aProjectChangedInLabourHubIsWrittenFromItsNewValuesAroundWhatItsSourceSaid() throws Exception {
        byte[] original = EveryElementFile.bytes();
        ImportJobs.upload(mvc, jobs, "/projects/import/iati", "every-element.xml",
                new String(original, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        String identifier = IatiActivityReader.readAll(new ByteArrayInputStream(original)).get(0).identifier();
        long id = idOf(identifier);
        Project project = reader.one(id).orElseThrow();
        Project renamed = new Project(project.iatiIdentifier(), project.otherIdentifiers(), project.reportingOrgRef(),
                project.reportingOrgName(), project.reportingOrgType(),
                project.title().with(org.labourhub.platform.i18n.Language.ES, "Título cambiado en LabourHub"),
                project.description(), project.status(), project.dates(), project.modality(), project.defaultCurrency(),
                project.participants(), project.countries(), project.regions(), project.locations(), project.sectors(),
                project.themes(), project.sdgTargets(), project.budgets(), project.transactions(), project.documents(),
                project.results());
        transaction.executeWithoutResult(status -> store.rewrite(id, renamed));

        byte[] exported = export(List.of(id));
        assertThat(IatiSchema.validate(exported)).isEmpty();
        String xml = new String(exported, StandardCharsets.UTF_8);
        assertThat(xml).contains("Título cambiado en LabourHub").contains("<policy-marker").contains("<contact-info")
                .contains("<planned-disbursement").contains("<location");
        assertThat(activityPaths(EveryElementFile.paths(exported)))
                .as("what LabourHub does not model stays").contains("iati-activity/crs-add/loan-terms/@rate-1");
    }

    @Test
    void aProjectWithoutADescriptionIsLeftOutOfTheExportForTheSchemaNeedsOne() throws Exception {
        List<Long> ids = jdbc.sql("select id from projects.project where merged_into is null order by id").query(Long.class).list();
        Project project = ids.stream().map(id -> reader.one(id).orElseThrow())
                .filter(p -> IatiActivityWriter.unpublishable(p).isEmpty()).findFirst().orElseThrow();
        Project undescribed = new Project(project.iatiIdentifier(), project.otherIdentifiers(), project.reportingOrgRef(),
                project.reportingOrgName(), project.reportingOrgType(), project.title(),
                null, project.status(), project.dates(), project.modality(), project.defaultCurrency(),
                project.participants(), project.countries(), project.regions(), project.locations(), project.sectors(),
                project.themes(), project.sdgTargets(), project.budgets(), project.transactions(), project.documents(),
                project.results());
        assertThat(IatiActivityWriter.unpublishable(undescribed)).contains("description");
    }

    @Test
    void everyProjectLabourHubHoldsExportsValid() throws Exception {
        List<Long> ids = jdbc.sql("select id from projects.project where merged_into is null order by id").query(Long.class).list();
        byte[] exported = export(ids);
        assertThat(IatiSchema.validate(exported)).isEmpty();
        long written = new String(exported, StandardCharsets.UTF_8).split("<iati-activity ", -1).length - 1;
        long publishable = ids.stream().map(id -> reader.one(id).orElseThrow())
                .filter(p -> IatiActivityWriter.unpublishable(p).isEmpty()).count();
        assertThat(written).as("every project that is an IATI activity is written").isEqualTo(publishable).isGreaterThan(10);
    }

    private byte[] export(List<Long> ids) throws Exception {
        var out = new ByteArrayOutputStream();
        IatiDownload.of("test", ids, reader).getBody().writeTo(out);
        return out.toByteArray();
    }

    private long idOf(String identifier) {
        return jdbc.sql("select id from projects.project where iati_identifier = ?").param(identifier).query(Long.class).single();
    }

    /** The paths under iati-activity: the file's own root attributes (when it was generated) are not the activities'. */
    private static Set<String> activityPaths(Set<String> paths) {
        return paths.stream().filter(p -> p.startsWith("iati-activity")).collect(Collectors.toSet());
    }

    private static List<EveryElementFile.PathValue> activityValues(byte[] xml) {
        return EveryElementFile.pathValues(xml).stream().filter(v -> v.path().startsWith("iati-activity")).toList();
    }
}
