package org.labourhub.directory;

import jakarta.servlet.http.HttpServletRequest;
import org.labourhub.accounts.Actor;
import org.labourhub.platform.Constituency;
import org.labourhub.platform.web.Choice;
import org.labourhub.platform.web.ConcurrentEdit;
import org.labourhub.platform.web.Htmx;
import org.labourhub.platform.web.RecordNotFound;
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
import java.util.Objects;
import java.util.stream.Collectors;

/** The people and focal points list, a person's page, and the forms to add and change people. */
@Controller
class PersonController {

    private final People people;
    private final PeopleListing listing;
    private final FocalPointListing focalPoints;
    private final Countries countries;
    private final Organisations organisations;
    private final OrganisationListing organisationListing;
    private final DirectoryPolicy policy;
    private final DirectoryScope scope;

    PersonController(People people, PeopleListing listing, FocalPointListing focalPoints, Countries countries,
                     Organisations organisations, OrganisationListing organisationListing, DirectoryPolicy policy,
                     DirectoryScope scope) {
        this.people = people;
        this.listing = listing;
        this.focalPoints = focalPoints;
        this.countries = countries;
        this.organisations = organisations;
        this.organisationListing = organisationListing;
        this.policy = policy;
        this.scope = scope;
    }

    @GetMapping("/people")
    String list(@RequestParam(required = false) String country, @RequestParam(required = false) Constituency constituency,
                HttpServletRequest request, Locale locale, Model model) {
        String iso2 = countries.exists(country) ? country : null;
        model.addAttribute("rows", listing.find(iso2, constituency));
        model.addAttribute("countries", Choices.countries(countries.all(), locale));
        model.addAttribute("constituencies", Constituency.values());
        model.addAttribute("country", iso2);
        model.addAttribute("constituency", constituency);
        model.addAttribute("mayAdd", policy.mayAdd(Actor.current()));
        return Htmx.view(request, "directory/people", "results");
    }

    @GetMapping("/people/{id}")
    String show(@PathVariable long id, Model model) {
        Person person = person(id);
        model.addAttribute("person", person);
        model.addAttribute("organisation", person.organisationId() == null ? null
                : organisations.refById(person.organisationId()).orElse(null));
        model.addAttribute("country", person.countryIso2() == null ? null
                : countries.byCode(new CountryCode(person.countryIso2())).orElse(null));
        List<FocalPointRow> roles = focalPoints.ofPerson(id);
        Actor actor = Actor.current();
        model.addAttribute("roles", roles);
        model.addAttribute("mayEdit", scope.mayEdit(actor, person));
        model.addAttribute("editableRoles", roles.stream().filter(r -> scope.mayEdit(actor, person, r))
                .map(FocalPointRow::id).collect(Collectors.toSet()));
        model.addAttribute("mayReadContacts", policy.mayReadContacts(actor, person.countryIso2()));
        return "directory/person";
    }

    @GetMapping("/people/new")
    String add(@RequestParam(required = false) String country, Locale locale, Model model) {
        var form = new PersonForm();
        Actor actor = Actor.current();
        form.setCountry(countries.exists(country) ? country : actor.country().orElse(null));
        policy.checkMayAddTo(actor, form.getCountry());
        model.addAttribute("form", form);
        return form(null, locale, model);
    }

    @PostMapping("/people/new")
    String create(@ModelAttribute("form") PersonForm form, BindingResult errors, Locale locale, Model model) {
        policy.checkMayAddTo(Actor.current(), FieldRules.orNull(form.getCountry()));
        form.validate(errors, countries, organisations);
        if (errors.hasErrors()) {
            return form(null, locale, model);
        }
        return "redirect:/people/" + people.add(form.toPerson(null)).id() + "?saved";
    }

    @GetMapping("/people/{id}/edit")
    String edit(@PathVariable long id, Locale locale, Model model) {
        Person person = person(id);
        scope.checkMayEdit(Actor.current(), person);
        model.addAttribute("form", PersonForm.of(person));
        return form(person, locale, model);
    }

    @PostMapping("/people/{id}/edit")
    String save(@PathVariable long id, @ModelAttribute("form") PersonForm form, BindingResult errors, Locale locale,
                Model model) {
        Person person = person(id);
        scope.checkMayEdit(Actor.current(), person);
        policy.checkMayAddTo(Actor.current(), FieldRules.orNull(form.getCountry()));
        form.validate(errors, countries, organisations);
        if (errors.hasErrors()) {
            return form(person, locale, model);
        }
        try {
            people.update(form.toPerson(id));
        } catch (ConcurrentEdit e) {
            model.addAttribute("conflict", true);
            return form(person, locale, model);
        }
        return "redirect:/people/" + id + "?saved";
    }

    private String form(Person person, Locale locale, Model model) {
        Actor actor = Actor.current();
        model.addAttribute("person", person);
        PersonForm form = (PersonForm) model.getAttribute("form");
        List<Choice> countryChoices = Choices.countries(countries.all().stream()
                .filter(c -> policy.mayWorkIn(actor, c.iso2())).toList(), locale);
        List<Choice> organisationChoices = Choices.organisations(organisationListing.all(locale).stream()
                .filter(o -> policy.mayEditOrganisation(actor, o.type(), o.countryIso2())
                        || (person != null && Objects.equals(o.id(), person.organisationId()))).toList(), locale);
        model.addAttribute("countries", countryChoices);
        model.addAttribute("chosenCountry", Choices.chosen(countryChoices, form.getCountry()));
        model.addAttribute("mayChooseNoCountry", policy.mayEditShared(actor));
        model.addAttribute("organisations", organisationChoices);
        model.addAttribute("chosenOrganisation", Choices.chosen(organisationChoices, form.getOrganisationId()));
        return "directory/person-form";
    }

    private Person person(long id) {
        return people.byId(id).orElseThrow(() -> new RecordNotFound("person", id));
    }
}
