package org.labourhub.riskmaps.coverage;

import org.labourhub.accounts.Actor;
import org.labourhub.platform.web.RecordNotFound;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A run's coverage page (the high-risk territories and who works in them, with the map), its data as JSON and its
 * boundaries as GeoJSON for the map. A run the reader may not see is "not found", so its existence is not revealed.
 */
@Controller
class CoverageController {

    static final MediaType GEOJSON = MediaType.parseMediaType("application/geo+json");

    private final CoverageGaps gaps;
    private final RunBoundaries boundaries;
    private final MapLabels labels;

    CoverageController(CoverageGaps gaps, RunBoundaries boundaries, MapLabels labels) {
        this.gaps = gaps;
        this.boundaries = boundaries;
        this.labels = labels;
    }

    @GetMapping("/riskmaps/runs/{id}/coverage")
    String page(@PathVariable long id, Model model, Locale locale) {
        RunCoverage coverage = coverage(id);
        model.addAttribute("coverage", coverage);
        model.addAttribute("mapLabels", labels.of(coverage.levels(), locale));
        return "riskmaps/coverage/run";
    }

    @GetMapping(value = "/riskmaps/runs/{id}/coverage.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, Object> json(@PathVariable long id, Locale locale) {
        return CoverageJson.of(coverage(id), locale);
    }

    @GetMapping("/riskmaps/runs/{id}/coverage.geojson")
    ResponseEntity<String> geojson(@PathVariable long id) {
        Long set = coverage(id).run().boundarySetId();
        if (set == null) {
            throw new RecordNotFound("boundary-set", id);
        }
        return ResponseEntity.ok().contentType(GEOJSON).body(boundaries.featureCollection(set));
    }

    private RunCoverage coverage(long id) {
        return gaps.of(Actor.current(), id).orElseThrow(() -> new RecordNotFound("model-run", id));
    }

    /** The JSON the map reads: the run's levels and, per territory, its level and who works in it. */
    static final class CoverageJson {

        private CoverageJson() {
        }

        static Map<String, Object> of(RunCoverage coverage, Locale locale) {
            var json = new LinkedHashMap<String, Object>();
            json.put("run", coverage.run().id());
            json.put("levels", coverage.levels());
            json.put("territories", coverage.all().stream().map(t -> territory(t, coverage.levels(), locale)).toList());
            return json;
        }

        private static Map<String, Object> territory(CoveredTerritory t, int levels, Locale locale) {
            var json = new LinkedHashMap<String, Object>();
            json.put("code", t.territory().code());
            json.put("name", t.label());
            json.put("level", t.territory().level());
            json.put("rank", t.territory().rank());
            json.put("gap", t.isGap() && t.territory().level() >= levels);
            List<Map<String, Object>> working = t.interventions().stream().map(i -> {
                var m = new LinkedHashMap<String, Object>();
                m.put("kind", i.kind().name());
                m.put("title", i.title() == null ? "" : i.title().in(locale));
                m.put("link", i.link());
                return (Map<String, Object>) m;
            }).toList();
            json.put("interventions", working);
            return json;
        }
    }
}
