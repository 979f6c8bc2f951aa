package org.labourhub.riskmaps.coverage;

import org.junit.jupiter.api.Test;
import org.labourhub.IntegrationTest;
import org.labourhub.accounts.Actor;
import org.labourhub.accounts.Role;
import org.labourhub.accounts.SignedIn;
import org.labourhub.platform.Constituency;
import org.labourhub.platform.TerritoryCode;
import org.labourhub.plans.ActivityTerritories;
import org.labourhub.projects.ProjectStore;
import org.labourhub.riskmaps.Datasets;
import org.labourhub.riskmaps.ModelRun;
import org.labourhub.riskmaps.ModelRuns;
import org.labourhub.riskmaps.RunVisibility;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.labourhub.riskmaps.coverage.CoverageFixture.territory;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A run's highest-level territories are set beside the projects and plan activities that name them, those no one
 * works in first, on the run's coverage page, its JSON and map, and the country profile; a run the reader may not
 * see shows nowhere.
 */
@IntegrationTest
@AutoConfigureMockMvc
class CoverageGapsTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired ModelRuns runs;
    @Autowired Datasets datasets;
    @Autowired ProjectStore projects;
    @Autowired ActivityTerritories activities;
    @Autowired CoverageGaps gaps;
    @Autowired PlatformTransactionManager transactions;

    private CoverageFixture fixture() {
        return new CoverageFixture(jdbc, runs, datasets, projects, transactions);
    }

    @Test
    void theHighRiskTerritoriesNoOneWorksInComeFirstOnThePageTheMapAndTheCountryProfile() throws Exception {
        long project = fixture().project("XM-TEST-COVERAGE-EC", "Escuelas sin trabajo infantil en Pichincha", "EC-P");
        long activity = jdbc.sql("""
                        select a.id from plans.activity a join plans.plan p on p.id = a.plan_id
                        where p.status = 'ACTIVE' order by a.id desc limit 1""").query(Long.class).single();
        activities.replace(activity, List.of(new TerritoryCode("EC-I")));
        long boundaries = fixture().boundaries("EC", Map.of("EC-P", "Pichincha", "EC-I", "Imbabura", "EC-E", "Esmeraldas",
                "EC-G", "Guayas"));
        ModelRun run = fixture().finished("EC", "Ecuador 2024", boundaries, List.of(
                territory("EC-P", 1, 3), territory("EC-I", 2, 3), territory("EC-E", 3, 3), territory("EC-G", 4, 1)));
        runs.changeVisibility(run, RunVisibility.PUBLISHED);

        RunCoverage coverage = gaps.of(Actor.ANONYMOUS, run.id()).orElseThrow();
        assertThat(coverage.highRisk()).extracting(t -> t.territory().code()).containsExactly("EC-E", "EC-P", "EC-I");
        assertThat(coverage.gaps()).extracting(CoveredTerritory::label).containsExactly("Esmeraldas");
        assertThat(coverage.highRisk().get(1).interventions()).extracting(Intervention::id).containsExactly(project);
        assertThat(coverage.highRisk().get(2).interventions()).extracting(Intervention::id).containsExactly(activity);

        mvc.perform(get("/riskmaps/runs/{id}/coverage", run.id()).locale(Locale.ENGLISH)).andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "3 territories are at the highest of the run&#39;s 3 levels; 1 of them has no project or activity.")))
                .andExpect(content().string(containsString("Esmeraldas")))
                .andExpect(content().string(containsString("Escuelas sin trabajo infantil en Pichincha")))
                .andExpect(content().string(containsString("/projects/" + project)));
        mvc.perform(get("/riskmaps/runs/{id}/coverage.json", run.id()))
                .andExpect(jsonPath("$.levels").value(3))
                .andExpect(jsonPath("$.territories[?(@.code == 'EC-E')].gap").value(true))
                .andExpect(jsonPath("$.territories[?(@.code == 'EC-P')].interventions[0].link").value("/projects/" + project))
                .andExpect(jsonPath("$.territories[?(@.code == 'EC-G')].gap").value(false));
        mvc.perform(get("/riskmaps/runs/{id}/coverage.geojson", run.id()))
                .andExpect(jsonPath("$.type").value("FeatureCollection"))
                .andExpect(jsonPath("$.features[?(@.properties.code == 'EC-E')].properties.name").value("Esmeraldas"));
        mvc.perform(get("/countries/EC").locale(Locale.forLanguageTag("es")))
                .andExpect(content().string(containsString("Mapa de riesgo de trabajo infantil")))
                .andExpect(content().string(containsString("Esmeraldas")))
                .andExpect(content().string(containsString("/riskmaps/runs/" + run.id() + "/coverage")));
    }

    @Test
    void anUnsharedRunsGapsShowNowhereButToItsRunnerAndOnceSharedOnlyToTheCountrysFocalPoints() throws Exception {
        long boundaries = fixture().boundaries("PY", Map.of("PY-ASU", "Asunción"));
        ModelRun run = fixture().finished("PY", "Paraguay 2024", boundaries, List.of(territory("PY-ASU", 1, 3)));
        RequestPostProcessor runner = SignedIn.as("analyst.py", Role.ANALYST);
        RequestPostProcessor paraguay = SignedIn.focalPoint("workers.py", "PY", Constituency.WORKERS);
        RequestPostProcessor peru = SignedIn.focalPoint("workers.pe", "PE", Constituency.WORKERS);

        for (RequestPostProcessor reader : new RequestPostProcessor[]{null, paraguay, peru}) {
            hidden(run, reader);
        }
        mvc.perform(get("/countries/PY").with(runner)).andExpect(content().string(containsString("Asunción")));

        runs.changeVisibility(runs.find(run.id()).orElseThrow(), RunVisibility.SHARED);
        mvc.perform(get("/countries/PY").with(paraguay)).andExpect(content().string(containsString("Asunción")));
        mvc.perform(get("/riskmaps/runs/{id}/coverage", run.id()).with(paraguay)).andExpect(status().isOk());
        hidden(run, null);
        hidden(run, peru);
    }

    private void hidden(ModelRun run, RequestPostProcessor reader) throws Exception {
        var profile = get("/countries/PY").locale(Locale.ENGLISH);
        var page = get("/riskmaps/runs/{id}/coverage", run.id());
        var json = get("/riskmaps/runs/{id}/coverage.json", run.id());
        var geojson = get("/riskmaps/runs/{id}/coverage.geojson", run.id());
        if (reader != null) {
            profile.with(reader);
            page.with(reader);
            json.with(reader);
            geojson.with(reader);
        }
        mvc.perform(profile).andExpect(content().string(not(containsString("Asunción"))))
                .andExpect(content().string(containsString("No child labour risk map of this country is published yet.")));
        mvc.perform(page).andExpect(status().isNotFound());
        mvc.perform(json).andExpect(status().isNotFound());
        mvc.perform(geojson).andExpect(status().isNotFound());
    }
}
