package org.labourhub.riskmaps.datasets;

import org.labourhub.accounts.Actor;
import org.labourhub.platform.web.Choice;
import org.labourhub.platform.web.RecordNotFound;
import org.labourhub.riskmaps.Dataset;
import org.labourhub.riskmaps.DatasetKind;
import org.labourhub.riskmaps.DatasetVariable;
import org.labourhub.riskmaps.Datasets;
import org.labourhub.riskmaps.ProfileTag;
import org.labourhub.riskmaps.RiskmapsPolicy;
import org.labourhub.riskmaps.Role;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The mapping of a survey's or census's variables to the model's roles: chosen on the page, or taken from a mapping
 * saved for an earlier round (naming the variables this file lacks), checked, and saved by name for the country.
 */
@Controller
class MappingController {

    private static final String PAGE = "riskmaps/datasets/mapping";

    private final Datasets datasets;
    private final Mappings mappings;
    private final RiskmapsPolicy policy;
    private final FirstNonNumbers firstNonNumbers;
    private final MessageSource messages;

    MappingController(Datasets datasets, Mappings mappings, RiskmapsPolicy policy, FirstNonNumbers firstNonNumbers,
                      MessageSource messages) {
        this.datasets = datasets;
        this.mappings = mappings;
        this.policy = policy;
        this.firstNonNumbers = firstNonNumbers;
        this.messages = messages;
    }

    @GetMapping("/riskmaps/datasets/{id}/mapping")
    String page(@PathVariable long id, @RequestParam(required = false) Long use,
                @RequestParam(required = false) Long partner, Locale locale, Model model) {
        Dataset dataset = mappable(id);
        Dataset other = partner(dataset, partner);
        List<DatasetVariable> candidates = candidates(dataset, other);
        MappingForm form;
        if (use != null) {
            var saved = mappings.find(use).filter(m -> m.country().equals(dataset.country())
                            && m.mapping().kind() == dataset.kind())
                    .orElseThrow(() -> new RecordNotFound("mapping", use));
            var lacking = new LinkedHashMap<String, String>();
            form = MappingForm.from(saved.mapping(), dataset, candidates, lacking);
            model.addAttribute("applied", saved.mapping().name());
            model.addAttribute("lacking", lacking(lacking, locale));
        } else {
            form = MappingForm.blank(candidates);
        }
        form.setPartner(other == null ? null : other.id());
        return page(dataset, other, form, locale, model);
    }

    @PostMapping("/riskmaps/datasets/{id}/mapping")
    String save(@PathVariable long id, @ModelAttribute("form") MappingForm form, BindingResult errors, Locale locale,
                Model model) {
        Dataset dataset = mappable(id);
        Dataset other = partner(dataset, form.getPartner());
        new MappingCheck(dataset, other, messages, locale, (d, v) -> firstNonNumbers.of(d, v, locale))
                .check(form, errors);
        if (errors.hasErrors()) {
            return page(dataset, other, form, locale, model);
        }
        var saved = mappings.save(dataset.country(), form.toMapping(dataset), Actor.current().username());
        return "redirect:/riskmaps/datasets/" + id + "/mapping?use=" + saved.id()
                + (other == null ? "" : "&partner=" + other.id()) + "&saved";
    }

    private String page(Dataset dataset, Dataset other, MappingForm form, Locale locale, Model model) {
        model.addAttribute("dataset", dataset);
        model.addAttribute("form", form);
        model.addAttribute("partner", other);
        model.addAttribute("partners", partners(dataset));
        model.addAttribute("saved", mappings.of(dataset.country(), dataset.kind()));
        model.addAttribute("roles", Role.allowed(dataset.kind()));
        model.addAttribute("required", Role.required(dataset.kind()));
        model.addAttribute("variables", dataset.variables().stream().map(MappingController::choice).toList());
        model.addAttribute("tags", ProfileTag.values());
        model.addAttribute("labelLanguages", MappingForm.LANGUAGES);
        model.addAttribute("sexValues", form.variable(Role.SEX) == null ? null : dataset.variable(form.variable(Role.SEX))
                .map(v -> String.join(", ", MappingCheck.values(v))).orElse(null));
        return PAGE;
    }

    /** The dataset, if the actor may read its microdata and run for its country, and it is a survey or census. */
    private Dataset mappable(long id) {
        Dataset dataset = DatasetController.readable(datasets, policy, id);
        RiskmapsPolicy.require(policy.mayRunFor(Actor.current(), dataset.country()), "mapping of " + id);
        if (dataset.kind() != DatasetKind.SURVEY && dataset.kind() != DatasetKind.CENSUS) {
            throw new RecordNotFound("mapping of dataset", id);
        }
        return dataset;
    }

    /** The census a survey is compared with (or the survey a census is), when chosen and readable. */
    private Dataset partner(Dataset dataset, Long partner) {
        if (partner == null) {
            return null;
        }
        return partners(dataset).stream().filter(d -> d.id() == partner).findFirst().orElse(null);
    }

    private List<Dataset> partners(Dataset dataset) {
        DatasetKind other = dataset.kind() == DatasetKind.SURVEY ? DatasetKind.CENSUS : DatasetKind.SURVEY;
        Actor actor = Actor.current();
        return datasets.of(dataset.country(), other).stream().filter(d -> policy.mayReadMicrodata(actor, d)).toList();
    }

    /** The covariates offered: the variables the two files share, or all of this file's until the other is chosen. */
    private static List<DatasetVariable> candidates(Dataset dataset, Dataset other) {
        return dataset.variables().stream().filter(v -> other == null || other.variable(v.name()).isPresent()).toList();
    }

    private static Choice choice(DatasetVariable v) {
        return new Choice(v.name(), v.label() == null ? v.name() : v.name() + " — " + v.label());
    }

    private List<String> lacking(Map<String, String> lacking, Locale locale) {
        var lines = new ArrayList<String>();
        lacking.forEach((variable, role) -> lines.add(messages.getMessage("riskmaps.datasets.mapping.lacks",
                new Object[] {variable, role.isEmpty()
                        ? messages.getMessage("riskmaps.datasets.mapping.asCovariate", null, locale)
                        : messages.getMessage("riskmaps.datasets.role." + role, null, locale)}, locale)));
        return lines;
    }
}
