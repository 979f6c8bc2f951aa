package org.labourhub;

import org.labourhub.AuthorisationMatrixTest.RequestFactory;
import org.labourhub.AuthorisationMatrixTest.Who;
import org.labourhub.platform.Constituency;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import static org.labourhub.AuthorisationMatrixTest.Who.ADMIN;
import static org.labourhub.AuthorisationMatrixTest.Who.ANALYST;
import static org.labourhub.AuthorisationMatrixTest.Who.OTHER_CONSTITUENCY;
import static org.labourhub.AuthorisationMatrixTest.Who.OWN;
import static org.labourhub.AuthorisationMatrixTest.Who.SECRETARIAT;
import static org.labourhub.AuthorisationMatrixTest.form;
import static org.labourhub.AuthorisationMatrixTest.upload;

/**
 * The authorisation rule of every write endpoint: who is allowed (everyone else is refused), the country and
 * constituency of the record it acts on (which makes a focal point "own", "of another country" or "of another
 * constituency"), and the request to send. Keyed by the handler's method and URL pattern as Spring maps it.
 */
final class MatrixRules {

    /** Accounts, plans' structure, reviews, imports and reference data. */
    static final Set<Who> MAINTAINERS = EnumSet.of(SECRETARIAT, ADMIN);
    static final Set<Who> ADMINISTRATOR = EnumSet.of(ADMIN);
    /** Directory records and progress reports: the focal point of the record's country and constituency. */
    static final Set<Who> OWN_SCOPE = EnumSet.of(OWN, SECRETARIAT, ADMIN);
    /** Country entries of projects: any focal point of the country (the projects module's rule). */
    static final Set<Who> OWN_COUNTRY = EnumSet.of(OWN, OTHER_CONSTITUENCY, SECRETARIAT, ADMIN);

    /** Risk maps: analysts, the secretariat and the country's government focal point run the model. */
    static final Set<Who> RUNNERS = EnumSet.of(OWN, ANALYST, SECRETARIAT, ADMIN);
    /** A dataset's microdata: its uploader (the matrix's own focal point) and the secretariat. */
    static final Set<Who> UPLOADER = EnumSet.of(OWN, SECRETARIAT, ADMIN);

    record Rule(Set<Who> allowed, String country, Constituency constituency, RequestFactory request) {
    }

    private static final String CO = MatrixRecords.COUNTRY;
    private static final String STALE = "-1";

    private final MatrixRecords r;
    private final Map<String, Rule> rules = new LinkedHashMap<>();

    MatrixRules(MatrixRecords records) {
        this.r = records;
        accounts();
        directory();
        plans();
        projects();
        riskmaps();
    }

    /** The endpoints the table has rules for, without making any record. */
    static Set<String> keys() {
        return new MatrixRules(null).rules.keySet();
    }

    Map<String, Rule> all() {
        return rules;
    }

    private void accounts() {
        rule("POST /admin/accounts/new", ADMINISTRATOR, () -> form("/admin/accounts/new"));
        rule("POST /admin/accounts/{id}/edit", ADMINISTRATOR, () -> form("/admin/accounts/" + r.account + "/edit"));
        // without the confirmation nothing is removed; with the training data present nothing is loaded
        rule("POST /admin/training/remove", ADMINISTRATOR, () -> form("/admin/training/remove"));
        rule("POST /admin/training/load", ADMINISTRATOR, () -> form("/admin/training/load"));
    }

    private void directory() {
        String[] union = {"type", "WORKERS", "name.original", "es", "name.es", "Sindicato de la matriz", "country", CO};
        rule("POST /countries/{code}/edit", OWN_SCOPE, CO, Constituency.GOVERNMENT, () -> form("/countries/" + CO + "/edit",
                "summary.original", "es", "summary.es", "Perfil de la matriz", "version", STALE));
        String revision = "/countries/revisions/" + (r == null ? 0 : r.revision);
        rule("POST /countries/revisions/{id}/submit", OWN_SCOPE, CO, Constituency.GOVERNMENT,
                () -> form(revision + "/submit", "version", STALE));
        rule("POST /countries/revisions/{id}/publish", MAINTAINERS, CO, Constituency.GOVERNMENT,
                () -> form(revision + "/publish", "version", STALE));
        rule("POST /countries/revisions/{id}/return", MAINTAINERS, CO, Constituency.GOVERNMENT,
                () -> form(revision + "/return", "comment", "Name the ministry, please", "version", STALE));
        scoped("POST /organisations/new", () -> form("/organisations/new", union).param("version", "0"));
        scoped("POST /organisations/{id}/edit", () -> form("/organisations/" + r.union + "/edit", union).param("version", STALE));
        String[] person = {"position.original", "es", "position.es", "Secretaria de la matriz", "country", CO};
        scoped("POST /people/new", () -> form("/people/new", person).param("organisationId", String.valueOf(r.union))
                .param("version", "0"));
        scoped("POST /people/{id}/edit", () -> form("/people/" + r.member + "/edit", person)
                .param("organisationId", String.valueOf(r.union)).param("version", STALE));
        scoped("POST /people/{personId}/focal-points/new", () -> form("/people/" + r.member + "/focal-points/new",
                "country", CO, "constituency", "WORKERS", "version", "0"));
        scoped("POST /focal-points/{id}/edit", () -> form("/focal-points/" + r.role + "/edit",
                "country", CO, "constituency", "WORKERS", "version", STALE));
    }

    private void plans() {
        String plan = "/plans/" + (r == null ? 0 : r.plan);
        String element = plan + "/elements/" + (r == null ? 0 : r.element);
        String activity = plan + "/activities/" + (r == null ? 0 : r.activity);
        String indicator = plan + "/indicators/" + (r == null ? 0 : r.indicator);
        maintainers("POST /plans/new", () -> form("/plans/new"));
        maintainers("POST /plans/{id}/edit", () -> form(plan + "/edit"));
        maintainers("POST /plans/{planId}/elements/new", () -> form(plan + "/elements/new"));
        maintainers("POST /plans/{planId}/elements/{elementId}/edit", () -> form(element + "/edit"));
        maintainers("POST /plans/{planId}/elements/{elementId}/delete", () -> form(element + "/delete", "version", STALE));
        maintainers("POST /plans/{planId}/elements/{elementId}/activities/new", () -> form(element + "/activities/new"));
        maintainers("POST /plans/{planId}/elements/{elementId}/indicators/new", () -> form(element + "/indicators/new"));
        scoped("POST /plans/{planId}/activities/{activityId}/updates", () -> form(activity + "/updates"));
        maintainers("POST /plans/{planId}/activities/{activityId}/edit", () -> form(activity + "/edit"));
        maintainers("POST /plans/{planId}/activities/{activityId}/delete", () -> form(activity + "/delete", "version", STALE));
        maintainers("POST /plans/reporters", () -> form("/plans/reporters"));
        maintainers("POST /plans/reporters/remove", () -> form("/plans/reporters/remove", "username", "nobody",
                "organisationId", String.valueOf(r.union)));
        maintainers("POST /plans/{planId}/updates/{updateId}/approve",
                () -> form(plan + "/updates/" + r.submittedUpdate() + "/approve"));
        maintainers("POST /plans/{planId}/updates/{updateId}/return",
                () -> form(plan + "/updates/" + r.submittedUpdate() + "/return", "comment", "Complete, please"));
        maintainers("POST /plans/{planId}/cycles", () -> form(plan + "/cycles"));
        maintainers("POST /plans/{planId}/cycles/{cycleId}/reminders", () -> form(plan + "/cycles/" + r.cycle + "/reminders"));
        maintainers("POST /plans/{planId}/cycles/{cycleId}/activities/{activityId}/reopen",
                () -> form(plan + "/cycles/" + r.cycle + "/activities/" + r.activity + "/reopen", "reason", "Corrected figures"));
        maintainers("POST /plans/{planId}/cycles/{cycleId}/close", () -> form(plan + "/cycles/" + r.cycle + "/close"));
        maintainers("POST /plans/{planId}/indicators/{indicatorId}/targets", () -> form(indicator + "/targets"));
        maintainers("POST /plans/{planId}/indicators/{indicatorId}/values", () -> form(indicator + "/values"));
        maintainers("POST /plans/{planId}/indicators/{indicatorId}/edit", () -> form(indicator + "/edit"));
        maintainers("POST /plans/{planId}/indicators/{indicatorId}/delete", () -> form(indicator + "/delete", "version", STALE));
        maintainers("POST /plans/{planId}/indicators/{indicatorId}/targets/{entryId}/delete",
                () -> form(indicator + "/targets/" + r.newTarget() + "/delete"));
        maintainers("POST /plans/{planId}/indicators/{indicatorId}/values/{entryId}/delete",
                () -> form(indicator + "/values/" + r.newValue() + "/delete"));
        maintainers("POST /plans/{planId}/indicators/{indicatorId}/{kind:targets|values}/{entryId}/edit",
                () -> form(indicator + "/targets/" + r.target + "/edit"));
    }

    private void projects() {
        String[] entry = {"country", CO, "title.original", "es", "title.es", "Entrada de la matriz", "status", "IMPLEMENTATION",
                "plannedStart", "2030-01-01", "plannedEnd", "2030-12-31", "budget", "1000", "currency", "USD"};
        rule("POST /projects/entries", OWN_COUNTRY, CO, Constituency.GOVERNMENT,
                () -> form("/projects/entries", entry).param("version", "0"));
        rule("POST /projects/entries/{id}", OWN_COUNTRY, CO, Constituency.GOVERNMENT,
                () -> form("/projects/entries/" + r.entry, entry).param("version", STALE));
        rule("POST /projects/entries/{id}/state", OWN_COUNTRY, CO, Constituency.GOVERNMENT,
                () -> form("/projects/entries/" + r.entry + "/state", "to", "SUBMITTED", "version", STALE));
        maintainers("POST /projects/{id}/progress-report", () -> form("/projects/" + r.entry + "/progress-report"));
        maintainers("POST /projects/duplicates/merge", () -> form("/projects/duplicates/merge",
                "keep", String.valueOf(r.newEntry()), "merge", String.valueOf(r.newEntry()), "keptVersion", STALE,
                "mergedVersion", STALE));
        maintainers("POST /projects/duplicates/distinct", () -> form("/projects/duplicates/distinct",
                "first", String.valueOf(r.entry), "second", String.valueOf(r.otherEntry)));
        maintainers("POST /projects/merges/{id}/undo", () -> form("/projects/merges/" + r.newMerge() + "/undo"));
        maintainers("POST /projects/monitoring/rules", () -> form("/projects/monitoring/rules", "lowDeliveryPercent", "30",
                "noExpenditureMonths", "6", "progressReportMonths", "12", "endedNotClosedGraceDays", "90", "version", STALE));
        maintainers("POST /projects/import/iati", () -> upload("/projects/import/iati", "matrix.xml"));
        maintainers("POST /projects/import/spreadsheet", () -> upload("/projects/import/spreadsheet", "matrix.csv"));
        maintainers("POST /projects/import/spreadsheet/{token}", () -> form("/projects/import/spreadsheet/" + r.sheet));
        maintainers("POST /projects/exchange-rates", () -> form("/projects/exchange-rates",
                "currency", "USD", "year", "2030", "unitsPerUsd", "not a number"));
    }

    /** Definitions and uploads: whoever runs the model for the country; a dataset: its uploader and the secretariat. */
    private void riskmaps() {
        rule("POST /riskmaps/definitions/new", RUNNERS, CO, Constituency.GOVERNMENT,
                () -> form("/riskmaps/definitions/new", "country", CO, "name", ""));
        rule("POST /riskmaps/definitions/{id}/edit", RUNNERS, CO, Constituency.GOVERNMENT,
                () -> form("/riskmaps/definitions/" + r.definition + "/edit", "name", ""));
        rule("POST /riskmaps/datasets/new", RUNNERS, CO, Constituency.GOVERNMENT,
                () -> upload("/riskmaps/datasets/new", "matrix.csv").param("country", CO).param("kind", "SURVEY")
                        .param("name", ""));
        rule("POST /riskmaps/datasets/{id}/delete", UPLOADER, CO, Constituency.GOVERNMENT,
                () -> form("/riskmaps/datasets/" + r.dataset + "/delete", "version", STALE));
        rule("POST /riskmaps/datasets/{id}/mapping", UPLOADER, CO, Constituency.GOVERNMENT,
                () -> form("/riskmaps/datasets/" + r.dataset + "/mapping", "name", ""));
        rule("POST /riskmaps/boundaries/new", EnumSet.of(ANALYST, SECRETARIAT, ADMIN),
                () -> upload("/riskmaps/boundaries/new", "matrix.geojson"));
        rule("POST /riskmaps/boundaries/new/{token}", EnumSet.of(ANALYST, SECRETARIAT, ADMIN),
                () -> form("/riskmaps/boundaries/new/00000000-0000-0000-0000-000000000000"));
        rule("POST /riskmaps/runs/new", RUNNERS, CO, Constituency.GOVERNMENT,
                () -> form("/riskmaps/runs/new", "country", CO, "title", ""));
        // only the runner of a run stopped after its check may make it again; the matrix's run is finished
        rule("POST /riskmaps/runs/{id}/continue", EnumSet.noneOf(Who.class), CO, Constituency.GOVERNMENT,
                () -> form("/riskmaps/runs/" + r.riskmapsRun + "/continue"));
        // a finished private run of the own focal point's country that they started: they and the maintainers share it
        rule("POST /riskmaps/runs/{id}/visibility", OWN_SCOPE, CO, Constituency.GOVERNMENT,
                () -> form("/riskmaps/runs/" + r.riskmapsRun + "/visibility", "to", "SHARED", "version", STALE));
        // comparing a run with a measurement: whoever sees the run and may run the model for its country; the matrix's
        // run is private to its own focal point, so analysts do not see it
        rule("POST /riskmaps/runs/{id}/validation", OWN_SCOPE, CO, Constituency.GOVERNMENT,
                () -> form("/riskmaps/runs/" + r.riskmapsRun + "/validation", "rateColumn", ""));
        rule("POST /riskmaps/index/new", RUNNERS, CO, Constituency.GOVERNMENT,
                () -> form("/riskmaps/index/new", "country", CO, "title", ""));
        // a private index of the own focal point's country that they made: they and the maintainers share it
        rule("POST /riskmaps/index/{id}/visibility", OWN_SCOPE, CO, Constituency.GOVERNMENT,
                () -> form("/riskmaps/index/" + r.riskmapsIndex + "/visibility", "to", "SHARED", "version", STALE));
    }

    private void scoped(String endpoint, RequestFactory request) {
        rule(endpoint, OWN_SCOPE, CO, Constituency.WORKERS, request);
    }

    private void maintainers(String endpoint, RequestFactory request) {
        rule(endpoint, MAINTAINERS, CO, Constituency.WORKERS, request);
    }

    private void rule(String endpoint, Set<Who> allowed, RequestFactory request) {
        rule(endpoint, allowed, CO, Constituency.WORKERS, request);
    }

    private void rule(String endpoint, Set<Who> allowed, String country, Constituency constituency, RequestFactory request) {
        rules.put(endpoint, new Rule(allowed, country, constituency, request));
    }
}
