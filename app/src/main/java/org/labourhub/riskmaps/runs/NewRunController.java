package org.labourhub.riskmaps.runs;

import org.labourhub.accounts.Actor;
import org.labourhub.platform.web.Choice;
import org.labourhub.riskmaps.Dataset;
import org.labourhub.riskmaps.DatasetKind;
import org.labourhub.riskmaps.Datasets;
import org.labourhub.riskmaps.CountriesToWorkFor;
import org.labourhub.riskmaps.Definition;
import org.labourhub.riskmaps.ModelRun;
import org.labourhub.riskmaps.RiskmapsPolicy;
import org.labourhub.riskmaps.RunOptions;
import org.labourhub.riskmaps.boundaries.BoundarySets;
import org.labourhub.riskmaps.datasets.Mappings;
import org.labourhub.riskmaps.definitions.DefinitionInWords;
import org.labourhub.riskmaps.definitions.Definitions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The form that starts a run: the country's files the runner may use, its saved mappings, its definitions (the
 * chosen one said in words), its boundary files and the options; a run that cannot start comes back to the form
 * with the reason beside the field it concerns.
 */
@Controller
class NewRunController {

    static final List<String> METHODS = List.of("NATURAL_BREAKS", "QUANTILES", "EQUAL_WIDTH", "KMEANS");

    private final RunStarter starter;
    private final Datasets datasets;
    private final Mappings mappings;
    private final Definitions definitions;
    private final DefinitionInWords words;
    private final BoundarySets boundaries;
    private final RiskmapsPolicy policy;
    private final CountriesToWorkFor countries;
    private final org.labourhub.riskmaps.ModelRuns runs;

    NewRunController(RunStarter starter, Datasets datasets, Mappings mappings, Definitions definitions,
                     DefinitionInWords words, BoundarySets boundaries, RiskmapsPolicy policy, CountriesToWorkFor countries,
                     org.labourhub.riskmaps.ModelRuns runs) {
        this.runs = runs;
        this.starter = starter;
        this.datasets = datasets;
        this.mappings = mappings;
        this.definitions = definitions;
        this.words = words;
        this.boundaries = boundaries;
        this.policy = policy;
        this.countries = countries;
    }

    @GetMapping("/riskmaps/runs/new")
    String form(@RequestParam(defaultValue = "") String country, Model model, Locale locale) {
        Actor actor = Actor.current();
        RiskmapsPolicy.require(policy.mayWorkWithData(actor), "start a risk model run");
        var form = new NewRunForm();
        form.setCountry(country.isBlank() ? countries.only(actor).orElse("") : country.toUpperCase(Locale.ROOT));
        if (!form.getCountry().isBlank()) {
            boundaries.latest(form.getCountry()).ifPresent(b -> form.setBoundarySetId(b.id()));
        }
        return page(form, model, locale);
    }

    @PostMapping("/riskmaps/runs/new")
    String start(@ModelAttribute("form") NewRunForm form, BindingResult errors, Model model, Locale locale) {
        Actor actor = Actor.current();
        RiskmapsPolicy.require(policy.mayRunFor(actor, form.getCountry()), "run the model for " + form.getCountry());
        try {
            ModelRun run = starter.start(actor, request(form), false);
            return "redirect:/jobs/" + run.jobId();
        } catch (RunProblem p) {
            if (p.field() == null) {
                errors.reject(p.key(), p.args(), p.key());
            } else {
                errors.rejectValue(p.field(), p.key(), p.args(), p.key());
            }
            return page(form, model, locale);
        }
    }

    private RunStarter.Request request(NewRunForm f) {
        String country = f.getCountry();
        var surveyMapping = f.getSurveyMappingId() == null ? null : mappings.find(f.getSurveyMappingId())
                .filter(m -> m.country().equals(country)).map(Mappings.SavedMapping::mapping).orElse(null);
        var censusMapping = f.getCensusMappingId() == null ? null : mappings.find(f.getCensusMappingId())
                .filter(m -> m.country().equals(country)).map(Mappings.SavedMapping::mapping).orElse(null);
        if (f.getSurveyId() == null) {
            throw new RunProblem("surveyId", "riskmaps.runs.problem.noDataset");
        }
        if (f.getCensusId() == null) {
            throw new RunProblem("censusId", "riskmaps.runs.problem.noDataset");
        }
        if (surveyMapping == null) {
            throw new RunProblem("surveyMappingId", "riskmaps.runs.problem.chooseMapping");
        }
        if (censusMapping == null) {
            throw new RunProblem("censusMappingId", "riskmaps.runs.problem.chooseMapping");
        }
        Definition definition = f.getDefinitionId() == null ? Definition.ilo(country, "ILO")
                : definitions.find(f.getDefinitionId()).filter(d -> d.country().equals(country))
                .orElseThrow(() -> new RunProblem("definitionId", "riskmaps.runs.problem.definition"));
        if (f.getLevels() < 2 || f.getLevels() > 9) {
            throw new RunProblem("levels", "riskmaps.runs.problem.levels");
        }
        if (!METHODS.contains(f.getLevelMethod()) || !Set.of("REFUSE", "REPORT").contains(f.getBlankOutcomes())) {
            throw new RunProblem(null, "riskmaps.runs.problem.options");
        }
        RunOptions standard = RunOptions.standard();
        var options = new RunOptions(f.getLevels(), f.getLevelMethod(), standard.draws(), standard.seed(),
                f.getBlankOutcomes(), f.isStopOnGap(), standard.maxShareGap());
        Long boundarySet = f.getBoundarySetId() == null ? null : boundaries.find(f.getBoundarySetId())
                .filter(b -> b.country().equals(country)).map(b -> b.id()).orElse(null);
        return new RunStarter.Request(country, f.getTitle(), f.getSurveyId(), f.getCensusId(), surveyMapping,
                censusMapping, definition, options, boundarySet);
    }

    /** A run stopped after its harmonisation check, made again with the same inputs, this time to the end. */
    @PostMapping("/riskmaps/runs/{id}/continue")
    String continueAfterCheck(@org.springframework.web.bind.annotation.PathVariable long id) {
        Actor actor = Actor.current();
        ModelRun checked = runs.find(id)
                .orElseThrow(() -> new org.labourhub.platform.web.RecordNotFound("model-run", id));
        RiskmapsPolicy.require(policy.maySee(actor, checked) && policy.mayRunFor(actor, checked.country())
                && checked.state() == org.labourhub.riskmaps.RunState.CHECKED
                && checked.startedBy().equals(actor.username()), "continue run " + id);
        ModelRun run = starter.again(actor, checked);
        return "redirect:/jobs/" + run.jobId();
    }

    private String page(NewRunForm form, Model model, Locale locale) {
        Actor actor = Actor.current();
        String country = form.getCountry();
        model.addAttribute("form", form);
        model.addAttribute("countries", countries.choices(actor, locale));
        if (!country.isBlank() && countries.isKnown(country)) {
            model.addAttribute("countryName", countries.name(country, locale));
            model.addAttribute("surveys", files(actor, country, DatasetKind.SURVEY));
            model.addAttribute("censuses", files(actor, country, DatasetKind.CENSUS));
            model.addAttribute("surveyMappings", mappings.of(country, DatasetKind.SURVEY).stream()
                    .map(m -> new Choice(String.valueOf(m.id()), m.mapping().name())).toList());
            model.addAttribute("censusMappings", mappings.of(country, DatasetKind.CENSUS).stream()
                    .map(m -> new Choice(String.valueOf(m.id()), m.mapping().name())).toList());
            model.addAttribute("definitions", definitions.of(country).stream()
                    .map(d -> new Choice(String.valueOf(d.id()), d.name())).toList());
            Definition chosen = form.getDefinitionId() == null ? Definition.ilo(country, "ILO")
                    : definitions.find(form.getDefinitionId()).orElse(Definition.ilo(country, "ILO"));
            model.addAttribute("definitionWords", words.sentences(chosen.rules(), locale));
            model.addAttribute("boundarySets", boundaries.of(country).stream()
                    .map(b -> new Choice(String.valueOf(b.id()), b.name())).toList());
        }
        model.addAttribute("methods", METHODS);
        model.addAttribute("blankChoices", List.of("REFUSE", "REPORT"));
        return "riskmaps/runs/new";
    }

    private List<Choice> files(Actor actor, String country, DatasetKind kind) {
        return datasets.of(country, kind).stream().filter(d -> !d.isDeleted() && policy.mayReadMicrodata(actor, d))
                .map(d -> new Choice(String.valueOf(d.id()), label(d))).toList();
    }

    private static String label(Dataset d) {
        return d.round() == null || d.round().isBlank() ? d.name() : d.name() + " (" + d.round() + ")";
    }
}
