package org.labourhub.plans.reporting;

import org.labourhub.accounts.Actor;
import org.labourhub.accounts.AuditTrail;
import org.labourhub.directory.Directory;
import org.labourhub.directory.OrganisationRef;
import org.labourhub.plans.PlansPolicy;
import org.labourhub.plans.Reporters;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The secretariat names the accounts that report for an organisation (an OAS organ's officer, a unit of the
 * secretariat). Focal points need no entry: they report for their own country's organisations of their constituency.
 */
@Controller
class ReportersController {

    private final Reporters reporters;
    private final Directory directory;
    private final PlansPolicy policy;
    private final AuditTrail audit;

    ReportersController(Reporters reporters, Directory directory, PlansPolicy policy, AuditTrail audit) {
        this.reporters = reporters;
        this.directory = directory;
        this.policy = policy;
        this.audit = audit;
    }

    @GetMapping("/plans/reporters")
    String list(Model model, Locale locale) {
        policy.requirePlanMaintainer(Actor.current());
        return page(model, locale, "", Optional.empty());
    }

    @PostMapping("/plans/reporters")
    @Transactional
    String add(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String organisation,
               Model model, Locale locale) {
        policy.requirePlanMaintainer(Actor.current());
        String name = username.strip().toLowerCase(Locale.ROOT);
        Optional<OrganisationRef> org = organisation.strip().matches("\\d{1,18}")
                ? directory.organisation(Long.parseLong(organisation.strip())) : Optional.empty();
        boolean validName = name.matches("[a-z0-9._-]{3,60}");
        if (!validName || org.isEmpty()) {
            model.addAttribute("usernameError", validName ? null : "accounts.validation.username");
            model.addAttribute("organisationError", org.isPresent() ? null : "plans.validation.unknownOrganisation");
            return page(model, locale, username, org);
        }
        if (reporters.add(name, org.get().id())) {
            audit.created("plan-reporter", name + "@" + org.get().key(), Map.of("username", name, "organisation", org.get().key()));
        }
        return "redirect:/plans/reporters?saved";
    }

    @PostMapping("/plans/reporters/remove")
    @Transactional
    String remove(@RequestParam String username, @RequestParam long organisationId) {
        policy.requirePlanMaintainer(Actor.current());
        if (reporters.remove(username, organisationId)) {
            String key = directory.organisation(organisationId).map(OrganisationRef::key).orElse(String.valueOf(organisationId));
            audit.deleted("plan-reporter", username + "@" + key, Map.of("username", username, "organisation", key));
        }
        return "redirect:/plans/reporters?saved";
    }

    /** The list and the form to name another reporter, which chooses the organisation by name. */
    private String page(Model model, Locale locale, String username, Optional<OrganisationRef> organisation) {
        model.addAttribute("username", username);
        model.addAttribute("organisationChosen", organisation.flatMap(o -> directory.organisationChoice(o.id(), locale)).stream().toList());
        model.addAttribute("organisationOptions", directory.organisationChoices(locale));
        model.addAttribute("reporters", reporters.all(locale));
        return "plans/reporters";
    }
}
