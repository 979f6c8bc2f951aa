package org.labourhub.riskmaps.index;

import jakarta.servlet.http.HttpServletResponse;
import org.labourhub.accounts.Actor;
import org.labourhub.platform.web.ConcurrentEdit;
import org.labourhub.platform.web.RecordNotFound;
import org.labourhub.riskmaps.CountriesToWorkFor;
import org.labourhub.riskmaps.RiskmapsPolicy;
import org.labourhub.riskmaps.RunVisibility;
import org.labourhub.riskmaps.TerritoryNames;
import org.labourhub.riskmaps.boundaries.BoundarySets;
import org.labourhub.riskmaps.results.RunWords;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The vulnerability indexes: the list of those the reader may see, an index's page with its weights, territories
 * and map, its CSV and GeoJSON, and sharing and publishing as for runs. An index the reader may not see is "not
 * found".
 */
@Controller
class IndexController {

    private final IndexResults indexes;
    private final IndexDownloads downloads;
    private final BoundarySets boundaries;
    private final TerritoryNames names;
    private final RiskmapsPolicy policy;
    private final CountriesToWorkFor countries;
    private final MessageSource messages;

    IndexController(IndexResults indexes, IndexDownloads downloads, BoundarySets boundaries, TerritoryNames names,
                    RiskmapsPolicy policy, CountriesToWorkFor countries, MessageSource messages) {
        this.indexes = indexes;
        this.downloads = downloads;
        this.boundaries = boundaries;
        this.names = names;
        this.policy = policy;
        this.countries = countries;
        this.messages = messages;
    }

    /** A line of the list: the index, its country's name, its date. */
    record ListLine(IndexResult index, String countryName) {
    }

    @GetMapping("/riskmaps/index")
    String list(@RequestParam(defaultValue = "") String country, Locale locale, Model model) {
        Actor actor = Actor.current();
        String chosen = country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT);
        model.addAttribute("indexes", indexes.visibleTo(actor, chosen).stream()
                .map(i -> new ListLine(i, countries.name(i.country(), locale))).toList());
        model.addAttribute("country", chosen);
        model.addAttribute("countryName", chosen == null ? null : countries.name(chosen, locale));
        model.addAttribute("mayWork", policy.mayWorkWithData(actor));
        return "riskmaps/index/list";
    }

    @GetMapping("/riskmaps/index/{id}")
    String show(@PathVariable long id, Locale locale, Model model) {
        Actor actor = Actor.current();
        IndexResult index = visible(id, actor);
        RunWords words = RunWords.of(locale, messages);
        var table = new IndexTable(index, words);
        List<IndexResult.Territory> territories = indexes.territories(id);
        Map<String, String> named = names.of(index.boundarySetId());
        model.addAttribute("index", index);
        model.addAttribute("countryName", countries.name(index.country(), locale));
        model.addAttribute("words", words);
        model.addAttribute("lines", table.lines(territories, named));
        model.addAttribute("weights", table.weights());
        model.addAttribute("indicatorNames", table.indicatorNames());
        model.addAttribute("legend", table.legend());
        model.addAttribute("levelNames", table.levelNames());
        model.addAttribute("explained", index.settings().explainedVariance() == null ? null
                : words.formats().percent(index.settings().explainedVariance() * 100));
        model.addAttribute("withoutBoundary", withoutBoundary(index, territories));
        model.addAttribute("source", names.source(index.boundarySetId()).orElse(null));
        model.addAttribute("mayShare", policy.mayShare(actor, index));
        model.addAttribute("mayPublish", policy.mayPublish(actor, index));
        return "riskmaps/index/index";
    }

    @GetMapping("/riskmaps/index/{id}/territories.csv")
    void csv(@PathVariable long id, Locale locale, HttpServletResponse response) throws IOException {
        IndexResult index = visible(id, Actor.current());
        RunWords words = RunWords.of(locale, messages);
        var table = new IndexTable(index, words);
        List<IndexResult.Territory> territories = indexes.territories(id);
        var header = new ArrayList<>(List.of(words.message("riskmaps.index.column.code"),
                words.message("riskmaps.index.column.territory"), words.message("riskmaps.index.column.score"),
                words.message("riskmaps.index.column.level"), words.message("riskmaps.index.column.levelName")));
        header.addAll(table.indicatorNames());
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("index-" + id + ".csv", StandardCharsets.UTF_8).build().toString());
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        downloads.csv(header, table.lines(territories, names.of(index.boundarySetId())), territories, out);
        out.flush();
    }

    @GetMapping("/riskmaps/index/{id}/map.geojson")
    void geoJson(@PathVariable long id, HttpServletResponse response) throws IOException {
        IndexResult index = visible(id, Actor.current());
        response.setContentType("application/geo+json");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-cache");
        downloads.geoJson(index, indexes.territories(id), response.getOutputStream());
    }

    /** Shares, unshares, publishes or withdraws an index; refused with 403 to whoever may not. */
    @PostMapping("/riskmaps/index/{id}/visibility")
    String visibility(@PathVariable long id, @RequestParam RunVisibility to, @RequestParam int version) {
        Actor actor = Actor.current();
        IndexResult index = indexes.find(id).orElseThrow(() -> new RecordNotFound(IndexResults.TYPE, id));
        boolean publishing = to == RunVisibility.PUBLISHED || index.visibility() == RunVisibility.PUBLISHED;
        RiskmapsPolicy.require(publishing ? policy.mayPublish(actor, index) : policy.mayShare(actor, index),
                "change who sees index " + id);
        if (index.version() != version) {
            return "redirect:/riskmaps/index/" + id + "?conflict";
        }
        try {
            indexes.changeVisibility(index, to);
        } catch (ConcurrentEdit e) {
            return "redirect:/riskmaps/index/" + id + "?conflict";
        }
        return "redirect:/riskmaps/index/" + id + "?visibility=" + to.name().toLowerCase(Locale.ROOT);
    }

    private IndexResult visible(long id, Actor reader) {
        return indexes.find(id).filter(i -> policy.maySee(reader, i))
                .orElseThrow(() -> new RecordNotFound(IndexResults.TYPE, id));
    }

    private List<String> withoutBoundary(IndexResult index, List<IndexResult.Territory> territories) {
        if (index.boundarySetId() == null) {
            return List.of();
        }
        var drawn = new HashSet<>(boundaries.codes(index.boundarySetId()));
        return territories.stream().map(IndexResult.Territory::code).filter(c -> !drawn.contains(c)).sorted().toList();
    }
}
