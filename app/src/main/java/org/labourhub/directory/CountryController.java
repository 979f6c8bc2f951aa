package org.labourhub.directory;

import jakarta.servlet.http.HttpServletRequest;
import org.labourhub.accounts.Actor;
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

/**
 * The country list, the country profile and its edit form. The profile shown is the published one; the secretariat's
 * edits publish directly, a government focal point's are kept as its country's pending change (see {@link
 * RevisingProfiles}), of which the page tells those concerned.
 */
@Controller
class CountryController {

    private final Countries countries;
    private final CountryListing listing;
    private final OrganisationListing organisations;
    private final FocalPointListing focalPoints;
    private final Networks networks;
    private final DirectoryPolicy policy;
    private final DirectoryScope scope;
    private final CountryRevisions revisions;
    private final RevisingProfiles revising;
    private final AddedSections added;

    CountryController(Countries countries, CountryListing listing, OrganisationListing organisations,
                      FocalPointListing focalPoints, Networks networks, DirectoryPolicy policy,
                      DirectoryScope scope, CountryRevisions revisions, RevisingProfiles revising,
                      AddedSections added) {
        this.added = added;
        this.revisions = revisions;
        this.revising = revising;
        this.countries = countries;
        this.listing = listing;
        this.organisations = organisations;
        this.focalPoints = focalPoints;
        this.networks = networks;
        this.policy = policy;
        this.scope = scope;
    }

    @GetMapping("/countries")
    String list(@RequestParam(required = false) Region region, @RequestParam(required = false) Boolean oas,
                HttpServletRequest request, Locale locale, Model model) {
        model.addAttribute("rows", listing.find(region, oas, locale));
        model.addAttribute("regions", Region.values());
        model.addAttribute("region", region);
        model.addAttribute("oas", oas);
        model.addAttribute("mayValidate", policy.mayPublishProfile(Actor.current()));
        return Htmx.view(request, "directory/countries", "results");
    }

    @GetMapping("/countries/{code}")
    String profile(@PathVariable String code, Locale locale, Model model) {
        Country country = country(code);
        CountryProfile profile = countries.profile(new CountryCode(country.iso2())).orElseThrow();
        model.addAttribute("country", country);
        model.addAttribute("profile", profile);
        model.addAttribute("labourMinistry", profile.labourMinistryId() == null ? null
                : organisations.ofCountry(country.iso2(), locale).stream()
                  .filter(o -> o.id() == profile.labourMinistryId()).findFirst().orElse(null));
        model.addAttribute("focalPoints", focalPoints.ofCountry(country.iso2()));
        model.addAttribute("memberships", networks.membershipsOfCountry(country.iso2()));
        model.addAttribute("organisations", organisations.ofCountry(country.iso2(), locale));
        model.addAttribute("addedSections", added.ofCountry(country.iso2(), locale));
        boolean mayEdit = policy.mayEditProfile(Actor.current(), country.iso2());
        model.addAttribute("mayEdit", mayEdit);
        pending(country, mayEdit, model);
        return "directory/country";
    }

    @GetMapping("/countries/{code}/edit")
    String edit(@PathVariable String code, Locale locale, Model model) {
        Country country = country(code);
        Actor actor = Actor.current();
        scope.checkProfile(actor, country.iso2());
        var pending = revisions.pending(country.iso2()).filter(r -> !policy.mayPublishProfile(actor));
        if (pending.isPresent() && pending.get().isAwaitingValidation()) {
            return "redirect:/countries/revisions/" + pending.get().id();
        }
        model.addAttribute("form", pending.map(CountryProfileForm::of)
                .orElseGet(() -> CountryProfileForm.of(countries.profile(new CountryCode(country.iso2())).orElseThrow())));
        return form(country, locale, model);
    }

    @PostMapping("/countries/{code}/edit")
    String save(@PathVariable String code, @ModelAttribute("form") CountryProfileForm form, BindingResult errors,
                @RequestParam(defaultValue = "false") boolean send, Locale locale, Model model) {
        Country country = country(code);
        scope.checkProfile(Actor.current(), country.iso2());
        form.validate(errors, organisations.ofCountry(country.iso2(), locale));
        if (errors.hasErrors()) {
            return form(country, locale, model);
        }
        try {
            return revising.save(form.toProfile(country.iso2()), form.getRevision(), send)
                    .map(id -> "redirect:/countries/revisions/" + id + (send ? "?submitted" : "?saved"))
                    .orElse("redirect:/countries/" + country.iso2() + "?saved");
        } catch (ConcurrentEdit e) {
            model.addAttribute("conflict", true);
            return form(country, locale, model);
        }
    }

    private String form(Country country, Locale locale, Model model) {
        model.addAttribute("country", country);
        boolean publishes = policy.mayPublishProfile(Actor.current());
        model.addAttribute("publishesDirectly", publishes);
        model.addAttribute("pending", revisions.pending(country.iso2()).orElse(null));
        List<Choice> ofCountry = Choices.organisations(organisations.ofCountry(country.iso2(), locale), locale);
        model.addAttribute("organisations", ofCountry);
        model.addAttribute("chosenLabourMinistry", Choices.chosen(ofCountry, ((CountryProfileForm) model.getAttribute("form")).getLabourMinistryId()));
        return "directory/country-form";
    }

    /** The country's pending change, for those who may see it: the focal point who keeps the profile and the secretariat. */
    private void pending(Country country, boolean mayEdit, Model model) {
        model.addAttribute("pending", mayEdit ? revisions.pending(country.iso2()).orElse(null) : null);
        model.addAttribute("mayValidate", policy.mayPublishProfile(Actor.current()));
    }

    private Country country(String code) {
        return CountryCode.parse(code).flatMap(countries::byCode).orElseThrow(() -> new RecordNotFound("country", code));
    }
}
