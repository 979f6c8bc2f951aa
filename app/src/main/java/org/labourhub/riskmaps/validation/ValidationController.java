package org.labourhub.riskmaps.validation;

import org.labourhub.accounts.Actor;
import org.labourhub.platform.web.Choice;
import org.labourhub.platform.web.RecordNotFound;
import org.labourhub.riskmaps.CountriesToWorkFor;
import org.labourhub.riskmaps.Dataset;
import org.labourhub.riskmaps.DatasetKind;
import org.labourhub.riskmaps.Datasets;
import org.labourhub.riskmaps.ModelRun;
import org.labourhub.riskmaps.ModelRuns;
import org.labourhub.riskmaps.RiskmapsPolicy;
import org.labourhub.riskmaps.RunSummary;
import org.labourhub.riskmaps.Territories;
import org.labourhub.riskmaps.TerritoryNames;
import org.labourhub.riskmaps.results.RunAccess;
import org.labourhub.riskmaps.results.RunWords;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * A run's validation page: the last comparison with a direct measurement (statistics explained, scatter chart with
 * its table, territories on one side only, levels' agreement) and, for whoever may run the model for the country,
 * the form to compare it with one of the country's files of observed rates.
 */
@Controller
class ValidationController {

    private static final String PAGE = "riskmaps/validation/validation";

    private final RunAccess access;
    private final ModelRuns runs;
    private final Territories territories;
    private final TerritoryNames names;
    private final Datasets datasets;
    private final RunValidations validations;
    private final ValidationCalculation calculation;
    private final RiskmapsPolicy policy;
    private final CountriesToWorkFor countries;
    private final MessageSource messages;

    ValidationController(RunAccess access, ModelRuns runs, Territories territories, TerritoryNames names,
                         Datasets datasets, RunValidations validations, ValidationCalculation calculation,
                         RiskmapsPolicy policy, CountriesToWorkFor countries, MessageSource messages) {
        this.access = access;
        this.runs = runs;
        this.territories = territories;
        this.names = names;
        this.datasets = datasets;
        this.validations = validations;
        this.calculation = calculation;
        this.policy = policy;
        this.countries = countries;
        this.messages = messages;
    }

    @GetMapping("/riskmaps/runs/{id}/validation")
    String page(@PathVariable long id, @RequestParam(required = false) Long dataset, Locale locale, Model model) {
        ModelRun run = access.finished(id, Actor.current());
        var form = new ValidationForm();
        validations.find(id).ifPresent(v -> {
            form.setDatasetId(v.datasetId());
            form.setTerritoryColumn(v.territoryColumn());
            form.setRateColumn(v.rateColumn());
            form.setScale(v.scale());
        });
        if (dataset != null) {
            form.setDatasetId(dataset);
        }
        return page(run, form, locale, model);
    }

    @PostMapping("/riskmaps/runs/{id}/validation")
    String validate(@PathVariable long id, @ModelAttribute("form") ValidationForm form, BindingResult errors,
                    Locale locale, Model model) {
        Actor actor = Actor.current();
        ModelRun run = runs.find(id).filter(ModelRun::isFinished)
                .orElseThrow(() -> new RecordNotFound("model-run", id));
        RiskmapsPolicy.require(policy.maySee(actor, run) && policy.mayRunFor(actor, run.country()),
                "validate run " + id);
        try {
            Dataset observed = observed(actor, run, form);
            if (!ValidationForm.SCALES.contains(form.getScale())) {
                throw new ValidationProblem("scale", "riskmaps.validation.problem.scale");
            }
            RunSummary summary = access.summary(run);
            RunValidation.Result result = calculation.compare(territories.of(id), summary.levels(), observed,
                    form.getTerritoryColumn(), form.getRateColumn(), form.getScale().equals("PERCENT"));
            validations.save(id, observed.id(), form.getTerritoryColumn(), form.getRateColumn(), form.getScale(),
                    result, actor.username());
            return "redirect:/riskmaps/runs/" + id + "/validation?saved";
        } catch (ValidationProblem p) {
            if (p.field() == null) {
                errors.reject(p.key(), p.args(), p.key());
            } else {
                errors.rejectValue(p.field(), p.key(), p.args(), p.key());
            }
            return page(run, form, locale, model);
        }
    }

    /** An observed-rates file of the run's country that the actor may use, or the reason it cannot be used. */
    private Dataset observed(Actor actor, ModelRun run, ValidationForm form) {
        Long datasetId = form.getDatasetId();
        if (datasetId == null) {
            throw new ValidationProblem("datasetId", "riskmaps.validation.problem.noDataset");
        }
        Dataset dataset = datasets.find(datasetId).filter(d -> d.country().equals(run.country())
                        && d.kind() == DatasetKind.OBSERVED && !d.isDeleted() && policy.mayReadMicrodata(actor, d))
                .orElseThrow(() -> new ValidationProblem("datasetId", "riskmaps.validation.problem.noDataset"));
        if (dataset.variable(form.getTerritoryColumn()).isEmpty()) {
            throw new ValidationProblem("territoryColumn", "riskmaps.validation.problem.chooseColumn");
        }
        if (dataset.variable(form.getRateColumn()).isEmpty()) {
            throw new ValidationProblem("rateColumn", "riskmaps.validation.problem.chooseColumn");
        }
        return dataset;
    }

    private String page(ModelRun run, ValidationForm form, Locale locale, Model model) {
        Actor actor = Actor.current();
        RunWords words = RunWords.of(locale, messages);
        model.addAttribute("run", run);
        model.addAttribute("countryName", countries.name(run.country(), locale));
        model.addAttribute("words", words);
        model.addAttribute("form", form);
        Map<String, String> named = names.of(run.boundarySetId());
        model.addAttribute("names", named);
        validations.find(run.id()).ifPresent(v -> {
            RunValidation.Result r = v.result();
            model.addAttribute("validation", v);
            model.addAttribute("statistics", ValidationWords.statistics(r, words));
            model.addAttribute("levelNames", IntStream.rangeClosed(1, r.levels())
                    .mapToObj(l -> words.level(l, r.levels())).toList());
        });
        boolean mayValidate = policy.mayRunFor(actor, run.country());
        model.addAttribute("mayValidate", mayValidate);
        if (mayValidate) {
            List<Dataset> files = datasets.of(run.country(), DatasetKind.OBSERVED).stream()
                    .filter(d -> !d.isDeleted() && policy.mayReadMicrodata(actor, d)).toList();
            model.addAttribute("files", files.stream().map(d -> new Choice(String.valueOf(d.id()),
                    d.round() == null || d.round().isBlank() ? d.name() : d.name() + " (" + d.round() + ")")).toList());
            files.stream().filter(d -> form.getDatasetId() != null && d.id() == form.getDatasetId()).findFirst()
                    .ifPresent(d -> model.addAttribute("columns", d.variables().stream()
                            .map(v -> new Choice(v.name(), v.label() == null || v.label().isBlank() ? v.name()
                                    : v.label() + " (" + v.name() + ")")).toList()));
            model.addAttribute("scales", ValidationForm.SCALES);
        }
        return PAGE;
    }
}
