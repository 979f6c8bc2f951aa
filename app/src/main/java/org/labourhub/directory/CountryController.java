package org.labourhub.directory;

import org.labourhub.accounts.Actor;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;
import java.util.Locale;

/** The country list, the country profile and its edit form. */
@Controller
class CountryController {

    private final Countries countries;
    private final CountryListing listing;
    private final OrganisationListing organisations;
    private final FocalPointListing focalPoints;
    private final Networks networks;
    private final DirectoryPolicy policy;
    private final DirectoryScope scope;

    CountryController(Countries countries, CountryListing listing, OrganisationListing organisations,
                      FocalPointListing focalPoints, Networks networks, DirectoryPolicy policy,
                      DirectoryScope scope) {
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
                @RequestHeader(name = Htmx.HEADER, required = false) String hx, Locale locale, Model model) {
        model.addAttribute("rows", listing.find(region, oas, locale));
        model.addAttribute("regions", Region.values());
        model.addAttribute("region", region);
        model.addAttribute("oas", oas);
        return Htmx.view(hx, "directory/countries", "results");
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
        model.addAttribute("mayEdit", policy.mayEditProfile(Actor.current(), country.iso2()));
        return "directory/country";
    }

    @GetMapping("/countries/{code}/edit")
    String edit(@PathVariable String code, Locale locale, Model model) {
        Country country = country(code);
        scope.checkProfile(Actor.current(), country.iso2());
        model.addAttribute("form", CountryProfileForm.of(countries.profile(new CountryCode(country.iso2())).orElseThrow()));
        return form(country, locale, model);
    }

    @PostMapping("/countries/{code}/edit")
    String save(@PathVariable String code, @ModelAttribute("form") CountryProfileForm form, BindingResult errors,
                Locale locale, Model model) {
        Country country = country(code);
        scope.checkProfile(Actor.current(), country.iso2());
        form.validate(errors, organisations.ofCountry(country.iso2(), locale));
        if (errors.hasErrors()) {
            return form(country, locale, model);
        }
        try {
            countries.updateProfile(form.toProfile(country.iso2()));
        } catch (ConcurrentEdit e) {
            model.addAttribute("conflict", true);
            return form(country, locale, model);
        }
        return "redirect:/countries/" + country.iso2() + "?saved";
    }

    private String form(Country country, Locale locale, Model model) {
        model.addAttribute("country", country);
        List<Choice> ofCountry = Choices.organisations(organisations.ofCountry(country.iso2(), locale), locale);
        model.addAttribute("organisations", ofCountry);
        model.addAttribute("chosenLabourMinistry", Choices.chosen(ofCountry, ((CountryProfileForm) model.getAttribute("form")).getLabourMinistryId()));
        return "directory/country-form";
    }

    private Country country(String code) {
        return CountryCode.parse(code).flatMap(countries::byCode).orElseThrow(() -> new RecordNotFound("country", code));
    }
}
