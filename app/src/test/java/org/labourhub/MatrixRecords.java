package org.labourhub;

import org.labourhub.accounts.Role;
import org.labourhub.accounts.SignedIn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import java.nio.charset.StandardCharsets;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The records the authorisation matrix acts on, made for it so that allowed writes leave the demo data alone: in
 * Colombia (no demo account's country), a workers' organisation with a member who is its workers' focal point, a
 * plan whose activity that organisation reports on, an indicator with a target and a value, an open cycle, a
 * country entry, an uploaded spreadsheet, a draft change of Colombia's profile by its government focal point. Records that an allowed request uses up are made afresh for each request.
 */
final class MatrixRecords {

    static final String COUNTRY = "CO";

    final long union;
    final long member;
    final long role;
    final long plan;
    final long element;
    final long activity;
    final long indicator;
    final long target;
    final long cycle;
    final long entry;
    final long otherEntry;
    final long account;
    final long revision;
    final String sheet;
    final long definition;
    final long dataset;
    final long riskmapsRun;
    final long riskmapsIndex;

    private final MockMvc mvc;
    private final JdbcClient jdbc;

    MatrixRecords(MockMvc mvc, JdbcClient jdbc) throws Exception {
        this.mvc = mvc;
        this.jdbc = jdbc;
        union = id("""
                insert into directory.organisation (key, type, name, country_iso2)
                values ('matrix-union-co', 'WORKERS', '{"original":"es","es":"Sindicato de la matriz"}', 'CO') returning id""");
        member = id("insert into directory.person (position, organisation_id, country_iso2) values "
                + "('{\"original\":\"es\",\"es\":\"Secretaria de la matriz\"}', " + union + ", 'CO') returning id");
        role = id("insert into directory.focal_point (person_id, country_iso2, constituency) values (" + member
                + ", 'CO', 'WORKERS') returning id");
        plan = idOf(secretariat(post("/plans/new").param("key", "matrix-plan").param("name.original", "es")
                .param("name.es", "Plan de la matriz").param("kind", "WORK_PLAN").param("status", "ACTIVE")
                .param("levels", "Resultado\nActividad")));
        secretariat(post("/plans/{p}/elements/new", plan).param("number", "1").param("title.original", "es")
                .param("title.es", "Resultado de la matriz"));
        element = id("select id from plans.element where plan_id = " + plan);
        secretariat(post("/plans/{p}/elements/{e}/activities/new", plan, element).param("number", "1.1")
                .param("title.original", "es").param("title.es", "Actividad de la matriz").param("calendarKind", "DATES")
                .param("start", "2030-01-01").param("end", "2030-12-31").param("status", "PLANNED")
                .param("responsible", String.valueOf(union)));
        activity = id("select id from plans.activity where plan_id = " + plan);
        secretariat(post("/plans/{p}/elements/{e}/indicators/new", plan, element).param("number", "1.a")
                .param("name.original", "es").param("name.es", "Indicador de la matriz").param("measure", "NUMBER"));
        indicator = id("select id from plans.indicator where element_id = " + element);
        target = newTarget();
        cycle = id("insert into plans.reporting_cycle (plan_id, as_of, due, state, opened_by) values (" + plan
                + ", current_date, current_date + 30, 'OPEN', 'matrix') returning id");
        jdbc.sql("insert into plans.cycle_assignment (cycle_id, activity_id) values (?, ?)").params(cycle, activity).update();
        entry = newEntry();
        otherEntry = newEntry();
        account = id("select id from accounts.account where username = 'analyst'");
        revision = id("""
                insert into directory.country_revision (country_iso2, summary, state, based_on, written_by)
                values ('CO', '{"original":"es","es":"Perfil propuesto de la matriz"}', 'DRAFT', 0, 'matrix.own') returning id""");
        String uploaded = secretariatUpload();
        sheet = uploaded.substring(uploaded.lastIndexOf('/') + 1, uploaded.indexOf('?'));
        definition = id("""
                insert into riskmaps.definition (country, name, min_age, young_max_age, middle_max_age, max_age,
                    young_min_hours, middle_min_hours, oldest_max_hours, count_chores, chores_max_hours, saved_by)
                values ('CO', 'Definición de la matriz', 5, 11, 14, 17, 1, 14, 43, false, 21, 'matrix.own') returning id""");
        dataset = id("""
                insert into riskmaps.dataset (country, kind, name, format, original_name, bytes, sha256, rows, variables,
                    uploaded_by)
                values ('CO', 'SURVEY', 'Encuesta de la matriz', 'CSV', 'matriz.csv', 10, repeat('a', 64), 1,
                    '[{"name": "edad", "numeric": true, "missing": 0}]', 'matrix.own') returning id""");
        riskmapsRun = id("""
                insert into riskmaps.run (country, title, inputs, state, started_by, summary, finished_at)
                values ('CO', 'Mapa de riesgo de la matriz', '{}', 'FINISHED', 'matrix.own', '{}', now()) returning id""");
        riskmapsIndex = id("""
                insert into riskmaps.vulnerability_index (country, title, dataset_id, settings, started_by)
                values ('CO', 'Índice de la matriz', %d, '{"territoryColumn": "canton", "indicators": [],
                    "normalisation": "MIN_MAX", "weighting": "EQUAL", "levels": 3, "levelMethod": "NATURAL_BREAKS",
                    "thresholds": [], "datasetName": "Indicadores de la matriz", "datasetSha256": "a",
                    "datasetRows": 1}', 'matrix.own') returning id""".formatted(dataset));
    }

    long submittedUpdate() {
        return id("insert into plans.progress_update (activity_id, as_of, text, state, submitted_by) values (" + activity
                + ", current_date, '{\"original\":\"es\",\"es\":\"Avance de la matriz\"}', 'SUBMITTED', 'matrix.own') returning id");
    }

    long newTarget() {
        return id("insert into plans.indicator_target (indicator_id, period_start, period_end, amount) values (" + indicator
                + ", '2030-01-01', '2030-12-31', 10) returning id");
    }

    long newValue() {
        return id("insert into plans.indicator_value (indicator_id, period_start, period_end, amount, recorded_by) values ("
                + indicator + ", '2030-01-01', '2030-12-31', 5, 'matrix') returning id");
    }

    /** A country entry of Colombia in draft, entered by the secretariat. */
    long newEntry() throws Exception {
        return idOf(secretariat(post("/projects/entries").param("country", COUNTRY).param("title.original", "es")
                .param("title.es", "Entrada de la matriz").param("status", "IMPLEMENTATION")
                .param("plannedStart", "2030-01-01").param("plannedEnd", "2030-12-31").param("budget", "1000")
                .param("currency", "USD").param("version", "0")));
    }

    /** A merge of two fresh entries, for undoing. */
    long newMerge() throws Exception {
        long keep = newEntry();
        long merge = newEntry();
        secretariat(post("/projects/duplicates/merge").param("keep", String.valueOf(keep)).param("merge", String.valueOf(merge))
                .param("keptVersion", String.valueOf(id("select version from projects.project where id = " + keep)))
                .param("mergedVersion", String.valueOf(id("select version from projects.project where id = " + merge))));
        return id("select max(id) from projects.merge");
    }

    private String secretariatUpload() throws Exception {
        var file = new MockMultipartFile("file", "matrix.csv", "text/csv",
                "key,title\nmatrix-1,Proyecto de la matriz\n".getBytes(StandardCharsets.UTF_8));
        return secretariat(multipart("/projects/import/spreadsheet").file(file));
    }

    /** Posts as the secretariat and gives the address it was sent to. */
    private String secretariat(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        String location = mvc.perform(request.with(csrf()).with(SignedIn.as("secretariat", Role.SECRETARIAT)))
                .andReturn().getResponse().getRedirectedUrl();
        if (location == null) {
            throw new IllegalStateException("the secretariat's " + request + " was not saved");
        }
        return location;
    }

    private static long idOf(String location) {
        return Long.parseLong(location.replaceAll("^\\D*(\\d+).*$", "$1"));
    }

    private long id(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
