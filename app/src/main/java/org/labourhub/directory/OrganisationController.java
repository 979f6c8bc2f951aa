package org.labourhub.directory;

import jakarta.servlet.http.HttpServletRequest;
import org.labourhub.accounts.Actor;
import org.labourhub.platform.web.Choice;
import org.labourhub.platform.training.TrainingNotice;
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

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/** The organisation list, an organisation's page, and the forms to add and change organisations. */
@Controller
class OrganisationController {

    private final Organisations organisations;
    private final OrganisationListing listing;
    private final Countries countries;
    private final PeopleListing people;
    private final Networks networks;
    private final DirectoryPolicy policy;
    private final DirectoryScope scope;
    private final TrainingOrganisations training;
    private final AddedSections added;

    OrganisationController(Organisations organisations, OrganisationListing listing, Countries countries,
                           PeopleListing people, Networks networks, DirectoryPolicy policy,
                           DirectoryScope scope, TrainingOrganisations training, AddedSections added) {
        this.added = added;
        this.training = training;
        this.organisations = organisations;
        this.listing = listing;
        this.countries = countries;
        this.people = people;
        this.networks = networks;
        this.policy = policy;
        this.scope = scope;
    }

    @GetMapping("/organisations")
    String list(@RequestParam(required = false) OrganisationType type, @RequestParam(required = false) String country,
                @RequestParam(required = false) String q, HttpServletRequest request,
                Locale locale, Model model) {
        String iso2 = countries.exists(country) ? country : null;
        List<OrganisationRef> rows = listing.find(type, iso2, q, locale);
        model.addAttribute("rows", rows);
        model.addAttribute("types", OrganisationType.values());
        model.addAttribute("countries", Choices.countries(countries.all(), locale));
        model.addAttribute("type", type);
        model.addAttribute("country", iso2);
        model.addAttribute("q", q);
        model.addAttribute("mayAdd", policy.mayAdd(Actor.current()));
        Set<Long> fictional = training.ids();
        model.addAttribute("fictional", fictional);
        if (rows.stream().anyMatch(o -> fictional.contains(o.id()))) {
            TrainingNotice.includes(model);
        }
        return Htmx.view(request, "directory/organisations", "results");
    }

    @GetMapping("/organisations/{id}")
    String show(@PathVariable long id, Locale locale, Model model) {
        Organisation organisation = organisation(id);
        model.addAttribute("organisation", organisation);
        model.addAttribute("country", organisation.countryIso2() == null ? null
                : countries.byCode(new CountryCode(organisation.countryIso2())).orElse(null));
        model.addAttribute("parent", organisation.parentId() == null ? null
                : organisations.refById(organisation.parentId()).orElse(null));
        model.addAttribute("parts", listing.partsOf(id, locale));
        model.addAttribute("people", people.ofOrganisation(id));
        model.addAttribute("memberships", networks.membershipsOfOrganisation(id));
        model.addAttribute("addedSections", added.ofOrganisation(id, locale));
        model.addAttribute("mayEdit", scope.mayEdit(Actor.current(), organisation));
        if (training.isFictional(id)) {
            TrainingNotice.record(model);
        }
        return "directory/organisation";
    }

    @GetMapping("/organisations/new")
    String add(@RequestParam(required = false) String country, Locale locale, Model model) {
        var form = new OrganisationForm();
        Actor actor = Actor.current();
        form.setCountry(countries.exists(country) ? country : actor.country().orElse(null));
        policy.checkMayAddTo(actor, form.getCountry());
        model.addAttribute("form", form);
        return form(null, locale, model);
    }

    @PostMapping("/organisations/new")
    String create(@ModelAttribute("form") OrganisationForm form, BindingResult errors, Locale locale, Model model) {
        policy.checkMayAddTo(Actor.current(), FieldRules.orNull(form.getCountry()));
        form.validate(errors, countries, organisations, null);
        if (errors.hasErrors()) {
            return form(null, locale, model);
        }
        Organisation added = organisations.add(form.toOrganisation(null, null));
        return "redirect:/organisations/" + added.id() + "?saved";
    }

    @GetMapping("/organisations/{id}/edit")
    String edit(@PathVariable long id, Locale locale, Model model) {
        Organisation organisation = organisation(id);
        scope.checkMayEdit(Actor.current(), organisation);
        model.addAttribute("form", OrganisationForm.of(organisation));
        return form(organisation, locale, model);
    }

    @PostMapping("/organisations/{id}/edit")
    String save(@PathVariable long id, @ModelAttribute("form") OrganisationForm form, BindingResult errors,
                Locale locale, Model model) {
        Organisation organisation = organisation(id);
        scope.checkMayEdit(Actor.current(), organisation);
        policy.checkMayAddTo(Actor.current(), FieldRules.orNull(form.getCountry()));
        form.validate(errors, countries, organisations, id);
        if (errors.hasErrors()) {
            return form(organisation, locale, model);
        }
        try {
            organisations.update(form.toOrganisation(id, organisation.key()));
        } catch (ConcurrentEdit e) {
            model.addAttribute("conflict", true);
            return form(organisation, locale, model);
        }
        return "redirect:/organisations/" + id + "?saved";
    }

    private String form(Organisation organisation, Locale locale, Model model) {
        Actor actor = Actor.current();
        List<Country> choosable = countries.all().stream()
                .filter(c -> policy.mayWorkIn(actor, c.iso2())).toList();
        model.addAttribute("organisation", organisation);
        model.addAttribute("types", Arrays.stream(OrganisationType.values())
                .filter(t -> policy.mayEditOrganisation(actor, t, actor.countryCode())).toList());
        OrganisationForm form = (OrganisationForm) model.getAttribute("form");
        List<Choice> countryChoices = Choices.countries(choosable, locale);
        List<Choice> parents = Choices.organisations(listing.all(locale).stream()
                .filter(o -> policy.mayEditOrganisation(actor, o.type(), o.countryIso2())
                        || (organisation != null && Objects.equals(o.id(), organisation.parentId()))).toList(), locale);
        model.addAttribute("countries", countryChoices);
        model.addAttribute("chosenCountry", Choices.chosen(countryChoices, form.getCountry()));
        model.addAttribute("mayChooseNoCountry", policy.mayEditShared(actor));
        model.addAttribute("parents", parents);
        model.addAttribute("chosenParent", Choices.chosen(parents, form.getParentId()));
        return "directory/organisation-form";
    }

    private Organisation organisation(long id) {
        return organisations.byId(id).orElseThrow(() -> new RecordNotFound("organisation", id));
    }
}
