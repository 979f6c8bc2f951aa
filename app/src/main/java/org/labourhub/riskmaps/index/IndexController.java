package org.labourhub.riskmaps.index;

import jakarta.servlet.http.HttpServletResponse;
import org.labourhub.accounts.Actor;
import org.labourhub.platform.web.Choice;
import org.labourhub.platform.web.ConcurrentEdit;
import org.labourhub.platform.web.RecordNotFound;
import org.labourhub.riskmaps.CountriesToWorkFor;
import org.labourhub.riskmaps.Dataset;
import org.labourhub.riskmaps.DatasetKind;
import org.labourhub.riskmaps.Datasets;
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
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
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
 * The vulnerability indexes: the list of those the reader may see, the form (a country, then one of its indicator
 * tables, then the indicators and settings), an index's page with its weights, territories and map, its CSV and
 * GeoJSON, and sharing and publishing as for runs. An index the reader may not see is "not found".
 */
@Controller
class IndexController {

    private static final String FORM = "riskmaps/index/new";

    private final IndexResults indexes;
    private final IndexCalculation calculation;
    private final IndexDownloads downloads;
    private final Datasets datasets;
    private final BoundarySets boundaries;
    private final TerritoryNames names;
    private final RiskmapsPolicy policy;
    private final CountriesToWorkFor countries;
    private final MessageSource messages;

    IndexController(IndexResults indexes, IndexCalculation calculation, IndexDownloads downloads, Datasets datasets,
                    BoundarySets boundaries, TerritoryNames names, RiskmapsPolicy policy,
                    CountriesToWorkFor countries, MessageSource messages) {
        this.indexes = indexes;
        this.calculation = calculation;
        this.downloads = downloads;
        this.datasets = datasets;
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

    @GetMapping("/riskmaps/index/new")
    String newForm(@RequestParam(defaultValue = "") String country, @RequestParam(required = false) Long dataset,
                   Locale locale, Model model) {
        Actor actor = Actor.current();
        RiskmapsPolicy.require(policy.mayWorkWithData(actor), "make a vulnerability index");
        var form = new IndexForm();
        form.setCountry(country.isBlank() ? countries.only(actor).orElse("") : country);
        if (!form.getCountry().isBlank()) {
            RiskmapsPolicy.require(countries.isKnown(form.getCountry()) && policy.mayRunFor(actor, form.getCountry()),
                    "index for " + form.getCountry());
            if (dataset != null) {
                IndexForm filled = IndexForm.of(table(actor, dataset, form.getCountry()));
                boundaries.latest(filled.getCountry()).ifPresent(b -> filled.setBoundarySetId(b.id()));
                form = filled;
            }
        }
        return page(form, model, locale);
    }

    @PostMapping("/riskmaps/index/new")
    String create(@ModelAttribute("form") IndexForm form, BindingResult errors, Model model, Locale locale) {
        Actor actor = Actor.current();
        RiskmapsPolicy.require(countries.isKnown(form.getCountry()) && policy.mayRunFor(actor, form.getCountry()),
                "index for " + form.getCountry());
        if (form.getDatasetId() == null) {
            model.addAttribute("noTable", true);
            return page(form, model, locale);
        }
        Dataset table = table(actor, form.getDatasetId(), form.getCountry());
        Long boundarySet = form.getBoundarySetId() == null ? null : boundaries.find(form.getBoundarySetId())
                .filter(b -> b.country().equals(form.getCountry())).map(b -> b.id()).orElse(null);
        try {
            IndexCalculation.Computed computed = calculation.compute(form, table);
            IndexResult saved = indexes.add(form.getCountry(), form.getTitle().strip(), table.id(), boundarySet,
                    computed.settings(), computed.territories(), actor.username());
            return "redirect:/riskmaps/index/" + saved.id();
        } catch (IndexProblem p) {
            if (p.field() == null) {
                errors.reject(p.key(), p.args(), p.key());
            } else {
                errors.rejectValue(p.field(), p.key(), p.args(), p.key());
            }
            return page(form, model, locale);
        }
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

    /** An indicator table of the country that the actor may use; refused otherwise. */
    private Dataset table(Actor actor, long id, String country) {
        Dataset dataset = datasets.find(id).filter(d -> d.country().equals(country) && d.kind() == DatasetKind.INDICATORS
                && !d.isDeleted()).orElseThrow(() -> new RecordNotFound("dataset", id));
        RiskmapsPolicy.require(policy.mayReadMicrodata(actor, dataset), "use dataset " + id);
        return dataset;
    }

    private List<String> withoutBoundary(IndexResult index, List<IndexResult.Territory> territories) {
        if (index.boundarySetId() == null) {
            return List.of();
        }
        var drawn = new HashSet<>(boundaries.codes(index.boundarySetId()));
        return territories.stream().map(IndexResult.Territory::code).filter(c -> !drawn.contains(c)).sorted().toList();
    }

    private String page(IndexForm form, Model model, Locale locale) {
        Actor actor = Actor.current();
        String country = form.getCountry();
        model.addAttribute("form", form);
        model.addAttribute("countries", countries.choices(actor, locale));
        if (!country.isBlank() && countries.isKnown(country)) {
            model.addAttribute("countryName", countries.name(country, locale));
            model.addAttribute("tables", datasets.of(country, DatasetKind.INDICATORS).stream()
                    .filter(d -> !d.isDeleted() && policy.mayReadMicrodata(actor, d))
                    .map(d -> new Choice(String.valueOf(d.id()), d.round() == null || d.round().isBlank() ? d.name()
                            : d.name() + " (" + d.round() + ")")).toList());
            if (form.getDatasetId() != null) {
                Dataset table = datasets.find(form.getDatasetId()).orElseThrow();
                model.addAttribute("table", table);
                model.addAttribute("columns", table.variables().stream()
                        .map(v -> new Choice(v.name(), v.label() == null || v.label().isBlank() ? v.name()
                                : v.label() + " (" + v.name() + ")")).toList());
                model.addAttribute("boundarySets", boundaries.of(country).stream()
                        .map(b -> new Choice(String.valueOf(b.id()), b.name())).toList());
            }
        }
        model.addAttribute("normalisations", IndexCalculation.NORMALISATIONS);
        model.addAttribute("weightings", IndexCalculation.WEIGHTINGS);
        model.addAttribute("methods", IndexCalculation.METHODS);
        return FORM;
    }
}
