package org.labourhub.directory;

import org.labourhub.accounts.Actor;
import org.labourhub.platform.web.Choice;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * What the type-aheads of forms suggest as a reader types part of a name (fragments/typeahead): directory records
 * named in the reader's language, matched on every name and acronym with case and accents aside, in the reader's
 * collation order, at most {@value #MAX}. The directory is public, so anyone may ask; {@code attachable=true} keeps
 * only what the reader may attach a directory record to (the checks of the form's save apply all the same). An
 * option's value is the record's id, or with {@code names=true} its name in the reader's language (for fields that
 * hold a name, such as a project's funder, linked to the directory by that name).
 */
@Controller
class SuggestionController {

    static final int MAX = 20;
    static final String VIEW = "fragments/typeahead :: options";

    private final OrganisationListing organisations;
    private final Countries countries;
    private final Networks networks;
    private final DirectoryPolicy policy;

    SuggestionController(OrganisationListing organisations, Countries countries, Networks networks, DirectoryPolicy policy) {
        this.organisations = organisations;
        this.countries = countries;
        this.networks = networks;
        this.policy = policy;
    }

    /** Organisations; with {@code networks=true} networks and programmes too; with {@code country}, of that country. */
    @GetMapping("/organisations/suggestions")
    String organisations(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "false") boolean attachable,
                         @RequestParam(defaultValue = "false") boolean networks, @RequestParam(required = false) String country,
                         @RequestParam(defaultValue = "false") boolean names, Locale locale, Model model) {
        NameQuery query = NameQuery.of(q);
        Actor actor = Actor.current();
        Stream<Choice> found = organisations.matching(query, locale).stream()
                .filter(o -> country == null || country.equals(o.countryIso2()))
                .filter(o -> !attachable || policy.mayEditOrganisation(actor, o.type(), o.countryIso2()))
                .map(o -> names ? new Choice(o.name().in(locale), Choices.organisation(o, locale).label())
                        : Choices.organisation(o, locale));
        if (networks) {
            found = Stream.concat(found, this.networks.all(locale).stream()
                    .filter(n -> query.matches(Stream.concat(n.acronyms() == null ? Stream.empty() : n.acronyms().translations().values().stream(),
                            n.name().translations().values().stream()).toList()))
                    .map(n -> Choices.responsibleNetwork(n, locale)));
        }
        return options(found.sorted(Choices.byLabel(locale)).limit(MAX).toList(), model);
    }

    @GetMapping("/countries/suggestions")
    String countries(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "false") boolean attachable,
                     Locale locale, Model model) {
        NameQuery query = NameQuery.of(q);
        Actor actor = Actor.current();
        List<Country> found = countries.all().stream()
                .filter(c -> query.matches(Stream.concat(Stream.of(c.iso2(), c.iso3()), c.name().translations().values().stream()).toList()))
                .filter(c -> !attachable || policy.mayWorkIn(actor, c.iso2()))
                .toList();
        return options(Choices.countries(found, locale).stream().limit(MAX).toList(), model);
    }

    private static String options(List<Choice> suggestions, Model model) {
        model.addAttribute("suggestions", suggestions);
        return VIEW;
    }
}
