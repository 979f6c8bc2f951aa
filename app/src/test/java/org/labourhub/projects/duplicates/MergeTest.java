package org.labourhub.projects.duplicates;

import org.junit.jupiter.api.Test;
import org.labourhub.IntegrationTest;
import org.labourhub.accounts.Role;
import org.labourhub.accounts.SignedIn;
import org.labourhub.platform.i18n.Language;
import org.labourhub.platform.i18n.MultilingualText;
import org.labourhub.projects.ActivityStatus;
import org.labourhub.projects.BudgetType;
import org.labourhub.projects.Incoming;
import org.labourhub.projects.Modality;
import org.labourhub.projects.Money;
import org.labourhub.projects.ParticipantRole;
import org.labourhub.projects.Project;
import org.labourhub.projects.ProjectReader;
import org.labourhub.projects.ProjectStore;
import org.labourhub.projects.ProvenanceRecord;
import org.labourhub.projects.Source;
import org.labourhub.projects.Theme;
import org.labourhub.projects.TransactionType;
import org.labourhub.projects.search.ProjectSearch;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * Merging two records of a project: proposed as a candidate, compared field by field, merged with the reader's
 * choice per field (each field's source noted on the merged project), guarded against concurrent merges, and undone
 * so that both records are exactly as they were.
 */
@IntegrationTest
@AutoConfigureMockMvc
class MergeTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired ProjectSearch search;
    @Autowired ProjectStore store;
    @Autowired ProjectReader reader;
    @Autowired TransactionTemplate transaction;

    @Test
    void aDuplicateAcrossSourcesIsProposedMergedWithItsProvenanceKeptAndTheMergeUndone() throws Exception {
        long cersso = jdbc.sql("select project_id from projects.provenance where source_key = 'cersso'").query(Long.class).single();
        long copy = copyAsOasRecord(cersso);
        mvc.perform(get("/projects/duplicates").with(SignedIn.as("secretariat", Role.SECRETARIAT)).locale(Locale.ENGLISH))
                .andExpect(content().string(containsString("/projects/duplicates/compare?keep=" + cersso + "&amp;merge=" + copy)))
                .andExpect(content().string(containsString("OAS portfolio of consolidated programmes")))
                .andExpect(content().string(not(containsString("OAS_PORTFOLIO"))));
        mvc.perform(get("/projects/duplicates/compare").param("keep", String.valueOf(cersso)).param("merge", String.valueOf(copy))
                        .with(SignedIn.as("secretariat", Role.SECRETARIAT)).locale(Locale.ENGLISH))
                .andExpect(content().string(containsString("Compare and merge")))
                .andExpect(content().string(containsString("copia OEA")));

        secretariat(merge(cersso, copy, Map.of()));
        mvc.perform(get("/projects/" + copy)).andExpect(redirectedUrl("/projects/" + cersso));
        mvc.perform(get("/projects/" + cersso).locale(Locale.ENGLISH))
                .andExpect(content().string(not(containsString("cersso-oas-copy")))) // a portfolio's own key means nothing to readers
                .andExpect(content().string(containsString("OAS portfolio of consolidated programmes")));
        mvc.perform(get("/api/projects").param("q", "CERSSO")).andExpect(content().string(not(containsString("\"id\":" + copy + ","))));

        long merge = jdbc.sql("select id from projects.merge where merged_id = ?").param(copy).query(Long.class).single();
        secretariat(post("/projects/merges/" + merge + "/undo"));
        assertThat(jdbc.sql("select merged_into from projects.project where id = ?").param(copy).query(Long.class).optional()).isEmpty();
        mvc.perform(get("/api/projects").param("q", "CERSSO")).andExpect(content().string(containsString("\"id\":" + copy + ",")));
        assertThat(jdbc.sql("select count(*) from accounts.audit_event where record_type = 'projects.merge' and record_id = ?")
                .param(String.valueOf(merge)).query(Long.class).single()).isEqualTo(2);

        secretariat(post("/projects/duplicates/distinct").param("first", String.valueOf(copy)).param("second", String.valueOf(cersso)));
        mvc.perform(get("/projects/duplicates").with(SignedIn.as("secretariat", Role.SECRETARIAT)))
                .andExpect(content().string(not(containsString("compare?keep=" + cersso + "&amp;merge=" + copy))));
    }

    @Test
    void theReaderChoosesEachFieldsSourceTheMergedProjectNotesItAndUndoRestoresBothExactly() throws Exception {
        long kept = save(iatiRecord(), new ProvenanceRecord(Source.IATI, "XM-TEST-EMPLEO-HN", "empleo-juvenil.xml",
                OffsetDateTime.now(), "test", Map.of()));
        long other = save(countryRecord(), new ProvenanceRecord(Source.COUNTRY, "entry-merge-test", null, OffsetDateTime.now(),
                "test", Map.of("country", "HN")));
        jdbc.sql("update projects.project set facts = cast(? as jsonb) where id = ?")
                .params("{\"original\":\"es\",\"es\":\"El informe nacional no dice el presupuesto.\"}", other).update();
        Snapshot keptBefore = snapshot(kept);
        Snapshot otherBefore = snapshot(other);

        mvc.perform(get("/projects/duplicates/compare").param("keep", String.valueOf(kept)).param("merge", String.valueOf(other))
                        .with(SignedIn.as("secretariat", Role.SECRETARIAT)).locale(Locale.forLanguageTag("es")))
                .andExpect(content().string(containsString("Empleo juvenil en Honduras")))
                .andExpect(content().string(containsString("Programa nacional de empleo juvenil")))
                .andExpect(content().string(containsString("100.000")))
                .andExpect(content().string(containsString("250.000")))
                .andExpect(content().string(containsString("Guatemala")))
                .andExpect(content().string(containsString("el archivo IATI «empleo-juvenil.xml»")))
                .andExpect(content().string(containsString("la entrada del propio país")))
                .andExpect(content().string(containsString("name=\"field.BUDGETS\" value=\"BOTH\"")))
                .andExpect(content().string(not(containsString("name=\"field.STATUS\" value=\"BOTH\""))))
                .andExpect(content().string(not(containsString("2021-01-01"))))
                .andExpect(content().string(not(containsString("EMPLOYMENT_SERVICES"))));

        // someone else changed the kept record meanwhile: the merge is refused, nothing is overwritten
        var stale = merge(kept, other, keptBefore.version() - 1, Map.of("field.TITLE", "MERGED"));
        mvc.perform(stale.with(csrf()).with(SignedIn.as("secretariat", Role.SECRETARIAT)))
                .andExpect(flash().attribute("conflict", "changed"))
                .andExpect(redirectedUrl("/projects/duplicates/compare?keep=" + kept + "&merge=" + other));
        assertThat(snapshot(kept)).isEqualTo(keptBefore);

        secretariat(merge(kept, other, Map.of("field.TITLE", "MERGED", "field.PLANNED_DATES", "KEPT",
                "field.BUDGETS", "BOTH", "field.PLACES", "BOTH", "field.PARTICIPANTS", "KEPT")));
        Project merged = reader.one(kept).orElseThrow();
        assertThat(merged.title().in(Language.ES)).isEqualTo("Programa nacional de empleo juvenil");
        assertThat(merged.status()).isEqualTo(ActivityStatus.CLOSED); // only the country's entry gives it
        assertThat(merged.dates()).isEqualTo(new Project.Dates(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 3, 1),
                LocalDate.of(2023, 12, 31), LocalDate.of(2023, 6, 30)));
        assertThat(merged.budgets()).extracting(b -> b.value().amount().intValue()).containsExactlyInAnyOrder(100_000, 250_000);
        assertThat(merged.countries()).extracting(Project.CountryShare::iso2).containsExactly("HN", "GT");
        assertThat(merged.participants()).extracting(Project.Participant::name).containsExactly("AECID");
        mvc.perform(get("/projects/" + kept).locale(Locale.ENGLISH))
                .andExpect(content().string(containsString("Source: the IATI file “empleo-juvenil.xml”, read on")))
                .andExpect(content().string(containsString("Source: the country’s own entry, made on")))
                .andExpect(content().string(containsString("Sources: the IATI file “empleo-juvenil.xml”")))
                .andExpect(content().string(containsString("El informe nacional no dice el presupuesto.")))
                .andExpect(content().string(not(containsString("COUNTRY"))));

        // a second merge of the same pair, from the same comparison, is refused with a message
        var again = mvc.perform(merge(kept, other, keptBefore.version(), Map.of())
                        .with(csrf()).with(SignedIn.as("secretariat", Role.SECRETARIAT)))
                .andExpect(flash().attribute("conflict", "alreadyMerged")).andReturn();
        mvc.perform(redirected(again).locale(Locale.ENGLISH))
                .andExpect(content().string(containsString("This pair can no longer be merged")));

        long merge = jdbc.sql("select id from projects.merge where merged_id = ? and undone_at is null").param(other).query(Long.class).single();
        secretariat(post("/projects/merges/" + merge + "/undo"));
        assertThat(snapshot(kept)).isEqualTo(keptBefore.atVersion(snapshot(kept).version()));
        assertThat(snapshot(other)).isEqualTo(otherBefore.atVersion(snapshot(other).version()));
        assertThat(jdbc.sql("select count(*) from accounts.audit_event where record_type = 'projects.merge' and record_id = ?")
                .param(String.valueOf(merge)).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aMergeIsNotUndoneOverAChangeMadeToTheKeptRecordSince() throws Exception {
        long kept = save(iatiRecord("XM-TEST-LATER"), new ProvenanceRecord(Source.IATI, "XM-TEST-LATER", "later.xml",
                OffsetDateTime.now(), "test", Map.of()));
        long other = save(countryRecord(), new ProvenanceRecord(Source.COUNTRY, "entry-merge-later", null, OffsetDateTime.now(),
                "test", Map.of("country", "HN")));
        secretariat(merge(kept, other, Map.of()));
        jdbc.sql("update projects.project set status = 'SUSPENDED', version = version + 1 where id = ?").param(kept).update();
        long merge = jdbc.sql("select id from projects.merge where merged_id = ?").param(other).query(Long.class).single();
        var refused = mvc.perform(post("/projects/merges/" + merge + "/undo").with(csrf()).with(SignedIn.as("secretariat", Role.SECRETARIAT)))
                .andExpect(flash().attribute("conflict", "changedSinceMerge")).andReturn();
        assertThat(jdbc.sql("select status from projects.project where id = ?").param(kept).query(String.class).single()).isEqualTo("SUSPENDED");
        assertThat(jdbc.sql("select merged_into from projects.project where id = ?").param(other).query(Long.class).single()).isEqualTo(kept);
        mvc.perform(redirected(refused).locale(Locale.forLanguageTag("es")))
                .andExpect(content().string(containsString("Esta fusión no puede deshacerse")));
    }

    /** Everything a reader or a report sees of a project, and where it stands. */
    private record Snapshot(Project project, String row, List<String> provenance, int version) {
        Snapshot atVersion(int later) {
            return new Snapshot(project, row, provenance, later);
        }
    }

    private Snapshot snapshot(long id) {
        String row = jdbc.sql("""
                select concat_ws('|', iati_identifier, facts::text, entry_state, entered_for, merged_into, default_currency,
                                 organisation_names, search_document::text, last_progress_report)
                from projects.project where id = ?""").param(id).query(String.class).single();
        List<String> provenance = jdbc.sql("""
                select concat_ws('|', id, source, source_key, file_name, imported_at, imported_by, raw::text)
                from projects.provenance where project_id = ? order by id""").param(id).query(String.class).list();
        int version = jdbc.sql("select version from projects.project where id = ?").param(id).query(Integer.class).single();
        return new Snapshot(reader.one(id).orElseThrow(), row, provenance, version);
    }

    private static Project iatiRecord() {
        return iatiRecord("XM-TEST-EMPLEO-HN");
    }

    private static Project iatiRecord(String identifier) {
        return new Project(identifier, List.of("EMP-HN-7"), "XM-TEST", "Agencia de prueba", "10",
                MultilingualText.of(Language.ES, "Empleo juvenil en Honduras"),
                MultilingualText.of(Language.ES, "Formación y colocación de jóvenes."), null,
                new Project.Dates(LocalDate.of(2021, 1, 1), null, LocalDate.of(2023, 12, 31), null), Modality.BILATERAL, "USD",
                List.of(new Project.Participant(ParticipantRole.FUNDING, "XM-AECID", "AECID", "10", null)),
                List.of(new Project.CountryShare("HN", new BigDecimal("100.00"))), List.of(), List.of(),
                List.of(new Project.SectorShare("16020", null)), EnumSet.of(Theme.EMPLOYMENT_SERVICES), List.of("8.6"),
                List.of(new Project.Budget(BudgetType.ORIGINAL, LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31),
                        new Money(new BigDecimal("100000.00"), "USD", LocalDate.of(2021, 1, 1)))),
                List.of(new Project.Transaction(TransactionType.EXPENDITURE, LocalDate.of(2021, 6, 30),
                        new Money(new BigDecimal("40000.00"), "USD", LocalDate.of(2021, 6, 30)), "Primer semestre")),
                List.of(), List.of());
    }

    private static Project countryRecord() {
        return new Project(null, List.of(), null, null, null, MultilingualText.of(Language.ES, "Programa nacional de empleo juvenil"),
                null, ActivityStatus.CLOSED,
                new Project.Dates(LocalDate.of(2021, 2, 1), LocalDate.of(2021, 3, 1), LocalDate.of(2023, 6, 30), LocalDate.of(2023, 6, 30)),
                null, "USD", List.of(new Project.Participant(ParticipantRole.IMPLEMENTING, null, "Ministerio de Trabajo", null, null)),
                List.of(new Project.CountryShare("HN", null), new Project.CountryShare("GT", null)), List.of(), List.of(), List.of(),
                EnumSet.of(Theme.SKILLS), List.of(),
                List.of(new Project.Budget(BudgetType.ORIGINAL, LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31),
                        new Money(new BigDecimal("250000.00"), "USD", LocalDate.of(2022, 1, 1)))),
                List.of(), List.of(), List.of());
    }

    private long save(Project project, ProvenanceRecord provenance) {
        Long id = transaction.execute(status -> store.save(List.of(new Incoming(project, provenance))).get(0));
        search.forget();
        return id;
    }

    /** The merge form as the comparison sends it, at the records' current versions, with the given choices. */
    private MockHttpServletRequestBuilder merge(long keep, long merge, Map<String, String> choices) {
        return merge(keep, merge, version(keep), choices);
    }

    /** The merge form as a comparison showing the kept record at {@code keptVersion} sends it. */
    private MockHttpServletRequestBuilder merge(long keep, long merge, int keptVersion, Map<String, String> choices) {
        var request = post("/projects/duplicates/merge").param("keep", String.valueOf(keep)).param("merge", String.valueOf(merge))
                .param("keptVersion", String.valueOf(keptVersion)).param("mergedVersion", String.valueOf(version(merge)));
        choices.forEach(request::param);
        return request;
    }

    /** The page a request was sent to, in the same session, so that it shows the message left for it. */
    private static MockHttpServletRequestBuilder redirected(org.springframework.test.web.servlet.MvcResult result) {
        return get(result.getResponse().getRedirectedUrl()).cookie(result.getResponse().getCookie("SESSION"))
                .with(SignedIn.as("secretariat", Role.SECRETARIAT));
    }

    private int version(long id) {
        return jdbc.sql("select version from projects.project where id = ?").param(id).query(Integer.class).single();
    }

    private void secretariat(MockHttpServletRequestBuilder request) throws Exception {
        String location = mvc.perform(request.with(csrf()).with(SignedIn.as("secretariat", Role.SECRETARIAT)))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).as("redirected after " + request).isNotNull().doesNotContain("conflict");
    }

    /** The same project as the OAS portfolio would list it, under its own key and with a slightly different title. */
    private long copyAsOasRecord(long original) {
        long id = jdbc.sql("""
                insert into projects.project (iati_identifier, title, status)
                select 'XM-OAS-CERSSO', jsonb_build_object('original', 'es', 'es', 'Centro Regional de Seguridad y Salud Ocupacional (CERSSO), copia OEA'), status
                from projects.project where id = ? returning id""").param(original).query(Long.class).single();
        jdbc.sql("insert into projects.recipient_country (project_id, iso2) values (?, 'DO')").param(id).update();
        jdbc.sql("insert into projects.participant (project_id, role, name) values (?, 'FUNDING', 'USDOL')").param(id).update();
        jdbc.sql("insert into projects.provenance (project_id, source, source_key, imported_by) values (?, 'OAS_PORTFOLIO', 'cersso-oas-copy', 'test')")
                .param(id).update();
        jdbc.sql("update projects.project set organisation_names = 'USDOL' where id = ?").param(id).update();
        search.forget(); // as every writer of projects does
        return id;
    }
}
