package org.labourhub.directory;

import org.labourhub.accounts.Actor;
import org.labourhub.platform.Constituency;
import org.labourhub.platform.web.Choice;
import org.labourhub.platform.web.ConcurrentEdit;
import org.labourhub.platform.web.RecordNotFound;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Naming a person focal point of a country and constituency, and changing that role. */
@Controller
class FocalPointController {

    private final FocalPoints focalPoints;
    private final People people;
    private final Countries countries;
    private final Networks networks;
    private final DirectoryPolicy policy;
    private final DirectoryScope scope;

    FocalPointController(FocalPoints focalPoints, People people, Countries countries, Networks networks,
                         DirectoryPolicy policy, DirectoryScope scope) {
        this.focalPoints = focalPoints;
        this.people = people;
        this.countries = countries;
        this.networks = networks;
        this.policy = policy;
        this.scope = scope;
    }

    @GetMapping("/people/{personId}/focal-points/new")
    String add(@PathVariable long personId, Locale locale, Model model) {
        Person person = person(personId);
        var form = FocalPointForm.forPerson(person);
        scope.checkMayEdit(Actor.current(), person);
        model.addAttribute("form", form);
        return form(person, null, locale, model);
    }

    @PostMapping("/people/{personId}/focal-points/new")
    String create(@PathVariable long personId, @ModelAttribute("form") FocalPointForm form, BindingResult errors,
                  Locale locale, Model model) {
        Person person = person(personId);
        scope.checkMayEdit(Actor.current(), person);
        policy.checkMayAddTo(Actor.current(), FieldRules.orNull(form.getCountry()));
        form.validate(errors, countries, networks);
        if (errors.hasErrors()) {
            return form(person, null, locale, model);
        }
        focalPoints.add(form.toFocalPoint(null, personId));
        return "redirect:/people/" + personId + "?saved";
    }

    @GetMapping("/focal-points/{id}/edit")
    String edit(@PathVariable long id, Locale locale, Model model) {
        FocalPoint focalPoint = focalPoint(id);
        Person person = person(focalPoint.personId());
        scope.checkMayEdit(Actor.current(), person, focalPoint);
        model.addAttribute("form", FocalPointForm.of(focalPoint));
        return form(person, focalPoint, locale, model);
    }

    @PostMapping("/focal-points/{id}/edit")
    String save(@PathVariable long id, @ModelAttribute("form") FocalPointForm form, BindingResult errors,
                Locale locale, Model model) {
        FocalPoint focalPoint = focalPoint(id);
        Person person = person(focalPoint.personId());
        scope.checkMayEdit(Actor.current(), person, focalPoint);
        policy.checkMayAddTo(Actor.current(), FieldRules.orNull(form.getCountry()));
        form.validate(errors, countries, networks);
        if (errors.hasErrors()) {
            return form(person, focalPoint, locale, model);
        }
        try {
            focalPoints.update(form.toFocalPoint(id, focalPoint.personId()));
        } catch (ConcurrentEdit e) {
            model.addAttribute("conflict", true);
            return form(person, focalPoint, locale, model);
        }
        return "redirect:/people/" + focalPoint.personId() + "?saved";
    }

    private String form(Person person, FocalPoint focalPoint, Locale locale, Model model) {
        Actor actor = Actor.current();
        model.addAttribute("person", person);
        model.addAttribute("focalPoint", focalPoint);
        List<Choice> countryChoices = Choices.countries(countries.all().stream()
                .filter(c -> policy.mayWorkIn(actor, c.iso2())).toList(), locale);
        model.addAttribute("countries", countryChoices);
        model.addAttribute("chosenCountry", Choices.chosen(countryChoices, ((FocalPointForm) model.getAttribute("form")).getCountry()));
        model.addAttribute("constituencies", Arrays.stream(Constituency.values())
                .filter(c -> actor.maintainsEverything() || c == actor.constituency()).toList());
        model.addAttribute("networks", Choices.networks(networks.all(locale), locale));
        return "directory/focal-point-form";
    }

    private Person person(long id) {
        return people.byId(id).orElseThrow(() -> new RecordNotFound("person", id));
    }

    private FocalPoint focalPoint(long id) {
        return focalPoints.byId(id).orElseThrow(() -> new RecordNotFound("focal point", id));
    }
}
