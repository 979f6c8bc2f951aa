package org.labourhub.directory;

import org.labourhub.accounts.Actor;
import org.labourhub.platform.web.ConcurrentEdit;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Focal points' changes of country profiles: the secretariat's list of those waiting for validation, one change
 * compared with the published profile, and its steps (submit; validate and publish; send back to draft).
 */
@Controller
class RevisionController {

    private final CountryRevisions revisions;
    private final RevisingProfiles revising;
    private final Countries countries;
    private final OrganisationListing organisations;
    private final DirectoryPolicy policy;
    private final DirectoryScope scope;
    private final MessageSource messages;

    RevisionController(CountryRevisions revisions, RevisingProfiles revising, Countries countries,
                       OrganisationListing organisations, DirectoryPolicy policy, DirectoryScope scope,
                       MessageSource messages) {
        this.revisions = revisions;
        this.revising = revising;
        this.countries = countries;
        this.organisations = organisations;
        this.policy = policy;
        this.scope = scope;
        this.messages = messages;
    }

    @GetMapping("/countries/revisions")
    String list(Model model) {
        Actor actor = Actor.current();
        DirectoryPolicy.require(policy.mayPublishProfile(actor), actor, "the changes waiting for validation");
        var awaiting = revisions.awaitingValidation();
        model.addAttribute("revisions", awaiting);
        model.addAttribute("countries", countries.all().stream().collect(Collectors.toMap(Country::iso2, c -> c)));
        return "directory/revisions";
    }

    @GetMapping("/countries/revisions/{id}")
    String show(@PathVariable long id, Locale locale, Model model) {
        CountryRevision change = revisions.byId(id);
        Actor actor = Actor.current();
        scope.checkProfile(actor, change.iso2());
        Country country = countries.byCode(new CountryCode(change.iso2())).orElseThrow();
        CountryProfile published = countries.profile(new CountryCode(change.iso2())).orElseThrow();
        Map<Long, String> names = organisations.ofCountry(change.iso2(), locale).stream()
                .collect(Collectors.toMap(OrganisationRef::id, o -> o.name().in(locale), (a, b) -> a));
        Function<Long, String> name = organisationId -> names.get(organisationId);
        model.addAttribute("country", country);
        model.addAttribute("change", change);
        model.addAttribute("comparison", ProfileComparison.of(published, change, name, messages, locale));
        model.addAttribute("reviewer", policy.mayPublishProfile(actor));
        return "directory/revision";
    }

    @PostMapping("/countries/revisions/{id}/submit")
    String submit(@PathVariable long id, @RequestParam int version) {
        return step(id, "submitted", () -> revising.submit(id, version));
    }

    @PostMapping("/countries/revisions/{id}/publish")
    String publish(@PathVariable long id, @RequestParam int version) {
        return step(id, "published", () -> revising.publish(id, version));
    }

    @PostMapping("/countries/revisions/{id}/return")
    String sendBack(@PathVariable long id, @RequestParam int version, @RequestParam(defaultValue = "") String comment) {
        if (!CountryRevision.isComment(comment)) {
            // decided before the input is looked at: only the secretariat learns that a comment is missing
            scope.checkPublishesProfile(Actor.current(), revisions.byId(id).iso2());
            return "redirect:/countries/revisions/" + id + "?commentNeeded";
        }
        return step(id, "returned", () -> revising.sendBack(id, version, comment));
    }

    private static String step(long id, String outcome, Runnable step) {
        try {
            step.run();
        } catch (ConcurrentEdit e) {
            return "redirect:/countries/revisions/" + id + "?conflict";
        }
        return "redirect:/countries/revisions/" + id + "?" + outcome;
    }
}
