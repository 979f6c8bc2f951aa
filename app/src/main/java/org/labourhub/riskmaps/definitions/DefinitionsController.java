package org.labourhub.riskmaps.definitions;

import org.labourhub.accounts.Actor;
import org.labourhub.platform.web.ConcurrentEdit;
import org.labourhub.platform.web.RecordNotFound;
import org.labourhub.riskmaps.CountriesToWorkFor;
import org.labourhub.riskmaps.Definition;
import org.labourhub.riskmaps.RiskmapsPolicy;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Locale;

/** A country's definitions of child labour: the list, a definition in words, and the form to save one. */
@Controller
class DefinitionsController {

    private static final String FORM = "riskmaps/definitions/form";

    private final Definitions definitions;
    private final DefinitionInWords words;
    private final RiskmapsPolicy policy;
    private final CountriesToWorkFor countries;

    DefinitionsController(Definitions definitions, DefinitionInWords words, RiskmapsPolicy policy,
                          CountriesToWorkFor countries) {
        this.definitions = definitions;
        this.words = words;
        this.policy = policy;
        this.countries = countries;
    }

    @GetMapping("/riskmaps/definitions")
    String list(@RequestParam(required = false) String country, Locale locale, Model model) {
        Actor actor = Actor.current();
        RiskmapsPolicy.require(policy.mayWorkWithData(actor), "definitions");
        String chosen = country == null || country.isBlank() ? countries.only(actor).orElse(null)
                : country.strip().toUpperCase(Locale.ROOT);
        if (chosen != null) {
            RiskmapsPolicy.require(policy.mayRunFor(actor, chosen), "definitions of " + chosen);
            var saved = definitions.of(chosen);
            model.addAttribute("definitions", saved);
            model.addAttribute("paragraphs", saved.stream().collect(java.util.stream.Collectors.toMap(
                    Definition::id, d -> words.paragraph(d.rules(), locale))));
            model.addAttribute("ilo", words.paragraph(org.labourhub.risk.survey.ChildLabourDefinition.ILO, locale));
            model.addAttribute("countryName", countries.name(chosen, locale));
        }
        model.addAttribute("country", chosen);
        model.addAttribute("countries", countries.choices(actor, locale));
        return "riskmaps/definitions/list";
    }

    @GetMapping("/riskmaps/definitions/{id}")
    String show(@PathVariable long id, Locale locale, Model model) {
        Definition definition = allowed(id);
        model.addAttribute("definition", definition);
        model.addAttribute("words", words.sentences(definition.rules(), locale));
        model.addAttribute("countryName", countries.name(definition.country(), locale));
        return "riskmaps/definitions/definition";
    }

    @GetMapping("/riskmaps/definitions/new")
    String newForm(@RequestParam String country, Locale locale, Model model) {
        String code = country.strip().toUpperCase(Locale.ROOT);
        RiskmapsPolicy.require(policy.mayRunFor(Actor.current(), code), "definition for " + code);
        model.addAttribute("form", DefinitionForm.of(Definition.ilo(code, "")));
        model.addAttribute("countryName", countries.name(code, locale));
        return FORM;
    }

    @PostMapping("/riskmaps/definitions/new")
    String create(@ModelAttribute("form") DefinitionForm form, BindingResult errors, Locale locale, Model model) {
        Actor actor = Actor.current();
        RiskmapsPolicy.require(countries.isKnown(form.getCountry()) && policy.mayRunFor(actor, form.getCountry()),
                "definition for " + form.getCountry());
        model.addAttribute("countryName", countries.name(form.getCountry(), locale));
        form.validate(errors);
        if (errors.hasErrors()) {
            return FORM;
        }
        try {
            Definition saved = definitions.add(form.toDefinition(null, form.getCountry()), actor.username());
            return "redirect:/riskmaps/definitions/" + saved.id() + "?saved";
        } catch (DuplicateKeyException taken) {
            errors.rejectValue("name", "riskmaps.definitions.validation.nameTaken");
            return FORM;
        }
    }

    @GetMapping("/riskmaps/definitions/{id}/edit")
    String editForm(@PathVariable long id, Locale locale, Model model) {
        Definition definition = allowed(id);
        model.addAttribute("form", DefinitionForm.of(definition));
        model.addAttribute("definitionId", id);
        model.addAttribute("countryName", countries.name(definition.country(), locale));
        return FORM;
    }

    @PostMapping("/riskmaps/definitions/{id}/edit")
    String update(@PathVariable long id, @ModelAttribute("form") DefinitionForm form, BindingResult errors,
                  Locale locale, Model model) {
        Definition before = allowed(id);
        form.setCountry(before.country());
        model.addAttribute("definitionId", id);
        model.addAttribute("countryName", countries.name(before.country(), locale));
        form.validate(errors);
        if (errors.hasErrors()) {
            return FORM;
        }
        try {
            definitions.update(form.toDefinition(id, before.country()), Actor.current().username());
            return "redirect:/riskmaps/definitions/" + id + "?saved";
        } catch (ConcurrentEdit changed) {
            model.addAttribute("conflict", true);
            return FORM;
        } catch (DuplicateKeyException taken) {
            errors.rejectValue("name", "riskmaps.definitions.validation.nameTaken");
            return FORM;
        }
    }

    private Definition allowed(long id) {
        Definition definition = definitions.find(id).orElseThrow(() -> new RecordNotFound("definition", id));
        RiskmapsPolicy.require(policy.mayRunFor(Actor.current(), definition.country()), "definition " + id);
        return definition;
    }
}
