package org.labourhub.riskmaps.results;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.labourhub.accounts.Actor;
import org.labourhub.riskmaps.ModelRun;
import org.labourhub.riskmaps.RunSummary;
import org.labourhub.riskmaps.TerritoryNames;
import org.labourhub.risk.survey.ChildLabourDefinition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.zip.GZIPOutputStream;

/**
 * A finished run's choropleth map: the page (legend with the classification method, thresholds and the no-data
 * class written in the page itself, so it reads without the script) and the compact GeoJSON it draws, compressed
 * for browsers that accept it.
 */
@Controller
class MapController {

    private final RunAccess access;
    private final RunHeader header;
    private final RunGeoJson geoJson;
    private final TerritoryNames names;

    MapController(RunAccess access, RunHeader header, RunGeoJson geoJson, TerritoryNames names) {
        this.access = access;
        this.header = header;
        this.geoJson = geoJson;
        this.names = names;
    }

    /** A view the reader can switch to: its value key in the GeoJSON's properties and its name. */
    record View(String key, String label) {
    }

    @GetMapping("/riskmaps/runs/{id}/map")
    String page(@PathVariable long id, Locale locale, Model model) {
        ModelRun run = access.finished(id, Actor.current());
        RunSummary summary = access.summary(run);
        RunWords words = header.add(run, locale, model);
        ChildLabourDefinition rules = run.inputs().definition().rules();
        var views = new ArrayList<View>(List.of(new View("l", words.message("riskmaps.results.map.view.levels")),
                new View("r", words.message("riskmaps.results.map.view.rates")),
                new View("b", words.message("riskmaps.results.map.view.boys")),
                new View("g", words.message("riskmaps.results.map.view.girls"))));
        for (int band = 0; band < 3; band++) {
            views.add(new View("a" + band, words.message("riskmaps.results.map.view.band", rules.bandLabel(band))));
        }
        model.addAttribute("views", views);
        model.addAttribute("levels", summary.levels());
        model.addAttribute("legend", words.legend(summary.levels()));
        model.addAttribute("method", words.method(summary.levels()));
        model.addAttribute("thresholds", summary.levels().thresholds().stream().map(String::valueOf)
                .collect(Collectors.joining(",")));
        model.addAttribute("levelNames", IntStream.rangeClosed(1, summary.levels().count())
                .mapToObj(l -> words.level(l, summary.levels().count())).collect(Collectors.joining("|")));
        model.addAttribute("without", summary.diagnostics() == null ? List.of() : summary.diagnostics().withoutBoundary());
        model.addAttribute("source", names.source(run.boundarySetId()).orElse(null));
        model.addAttribute("hasBoundaries", run.boundarySetId() != null);
        return "riskmaps/results/map";
    }

    @GetMapping("/riskmaps/runs/{id}/map.geojson")
    void geometry(@PathVariable long id, HttpServletRequest request, HttpServletResponse response) throws IOException {
        ModelRun run = access.finished(id, Actor.current());
        response.setContentType("application/geo+json");
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-cache");
        String accepted = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
        if (accepted != null && accepted.contains("gzip")) {
            response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
            try (OutputStream out = new GZIPOutputStream(response.getOutputStream(), 1 << 16)) {
                geoJson.compact(run, out);
            }
        } else {
            geoJson.compact(run, response.getOutputStream());
        }
    }
}
