package org.labourhub.riskmaps.index;

import org.labourhub.accounts.Actor;
import org.labourhub.platform.web.Choice;
import org.labourhub.platform.web.RecordNotFound;
import org.labourhub.riskmaps.CountriesToWorkFor;
import org.labourhub.riskmaps.Dataset;
import org.labourhub.riskmaps.DatasetKind;
import org.labourhub.riskmaps.Datasets;
import org.labourhub.riskmaps.RiskmapsPolicy;
import org.labourhub.riskmaps.boundaries.BoundarySets;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Locale;

/**
 * The form that makes a vulnerability index: a country, then one of its indicator tables the maker may use, then
 * the indicators and settings; an index that cannot be computed comes back to the form with the reason beside the
 * field it concerns, and nothing is saved.
 */
@Controller
class IndexFormController {

    private static final String FORM = "riskmaps/index/new";

    private final IndexResults indexes;
    private final IndexCalculation calculation;
    private final Datasets datasets;
    private final BoundarySets boundaries;
    private final RiskmapsPolicy policy;
    private final CountriesToWorkFor countries;

    IndexFormController(IndexResults indexes, IndexCalculation calculation, Datasets datasets,
                        BoundarySets boundaries, RiskmapsPolicy policy, CountriesToWorkFor countries) {
        this.indexes = indexes;
        this.calculation = calculation;
        this.datasets = datasets;
        this.boundaries = boundaries;
        this.policy = policy;
        this.countries = countries;
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

    /** An indicator table of the country that the actor may use; refused otherwise. */
    private Dataset table(Actor actor, long id, String country) {
        Dataset dataset = datasets.find(id).filter(d -> d.country().equals(country) && d.kind() == DatasetKind.INDICATORS
                && !d.isDeleted()).orElseThrow(() -> new RecordNotFound("dataset", id));
        RiskmapsPolicy.require(policy.mayReadMicrodata(actor, dataset), "use dataset " + id);
        return dataset;
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
