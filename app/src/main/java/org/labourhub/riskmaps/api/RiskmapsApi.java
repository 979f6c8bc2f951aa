package org.labourhub.riskmaps.api;

import jakarta.servlet.http.HttpServletResponse;
import org.labourhub.accounts.Actor;
import org.labourhub.riskmaps.ModelRun;
import org.labourhub.riskmaps.ModelRuns;
import org.labourhub.riskmaps.RunSummary;
import org.labourhub.riskmaps.TerritoryResult;
import org.labourhub.riskmaps.results.RunAccess;
import org.labourhub.riskmaps.results.RunGeoJson;
import org.labourhub.riskmaps.results.TerritoryTable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The risk maps as JSON: the runs the caller may see, a run's summary, its territories and their GeoJSON. A run the
 * caller may not see is "not found", as on the pages. Figures are proportions (0–1), as the engine gives them.
 */
@RestController
@RequestMapping("/api/riskmaps/runs")
class RiskmapsApi {

    private final ModelRuns runs;
    private final RunAccess access;
    private final TerritoryTable table;
    private final RunGeoJson geoJson;

    RiskmapsApi(ModelRuns runs, RunAccess access, TerritoryTable table, RunGeoJson geoJson) {
        this.runs = runs;
        this.access = access;
        this.table = table;
        this.geoJson = geoJson;
    }

    @GetMapping
    List<Map<String, Object>> runs() {
        return runs.visibleTo(Actor.current(), null).stream().map(RiskmapsApi::run).toList();
    }

    @GetMapping("/{id}")
    Map<String, Object> run(@PathVariable long id) {
        ModelRun run = access.visible(id, Actor.current());
        Map<String, Object> shown = run(run);
        if (run.isFinished()) {
            RunSummary s = access.summary(run);
            shown.put("nationalRate", s.nationalRate());
            shown.put("auc", s.auc());
            shown.put("levels", s.levels());
            shown.put("survey", s.survey());
            shown.put("direct", s.direct());
            shown.put("coefficients", s.coefficients());
            shown.put("calibration", s.calibration());
            shown.put("diagnostics", s.diagnostics());
        }
        return shown;
    }

    @GetMapping("/{id}/territories")
    List<Map<String, Object>> territories(@PathVariable long id) {
        ModelRun run = access.finished(id, Actor.current());
        return table.all(run).stream().map(row -> territory(row.result(), row.named() ? row.name() : null)).toList();
    }

    @GetMapping("/{id}/territories.geojson")
    void geojson(@PathVariable long id, HttpServletResponse response) throws IOException {
        ModelRun run = access.finished(id, Actor.current());
        response.setContentType("application/geo+json");
        geoJson.full(run, response.getOutputStream());
    }

    private static Map<String, Object> run(ModelRun r) {
        var m = new LinkedHashMap<String, Object>();
        m.put("id", r.id());
        m.put("country", r.country());
        m.put("title", r.title());
        m.put("state", r.state().name());
        m.put("visibility", r.visibility().name());
        m.put("synthetic", r.synthetic());
        m.put("startedAt", r.startedAt());
        if (r.finishedAt() != null) {
            m.put("finishedAt", r.finishedAt());
        }
        if (r.publishedAt() != null) {
            m.put("publishedAt", r.publishedAt());
        }
        return m;
    }

    private static Map<String, Object> territory(TerritoryResult t, String name) {
        var m = new LinkedHashMap<String, Object>();
        m.put("code", t.code());
        if (name != null) {
            m.put("name", name);
        }
        m.put("children", t.children());
        m.put("expected", t.expected());
        m.put("rate", t.rate());
        m.put("rateLow", t.rateLow());
        m.put("rateHigh", t.rateHigh());
        m.put("rank", t.rank());
        m.put("rankLow", t.rankLow());
        m.put("rankHigh", t.rankHigh());
        m.put("level", t.level());
        m.put("fewChildren", t.fewChildren());
        m.put("wideInterval", t.wideInterval());
        m.put("boysRate", t.details().boysRate());
        m.put("girlsRate", t.details().girlsRate());
        m.put("ageBandRates", t.details().ageBandRates());
        return m;
    }
}
