package org.labourhub.plans;

import org.labourhub.accounts.Actor;
import org.labourhub.accounts.AuditTrail;
import org.labourhub.directory.Directory;
import org.labourhub.directory.OrganisationRef;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Locale;
import java.util.Map;

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
        model.addAttribute("reporters", reporters.all(locale));
        return "plans/reporters";
    }

    @PostMapping("/plans/reporters")
    @Transactional
    String add(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String organisation,
               Model model, Locale locale) {
        policy.requirePlanMaintainer(Actor.current());
        String name = username.strip().toLowerCase(Locale.ROOT);
        var org = directory.organisation(organisation.strip());
        if (!name.matches("[a-z0-9._-]{3,60}")) {
            return refused("usernameError", "accounts.validation.username", model, locale, username, organisation);
        }
        if (org.isEmpty()) {
            return refused("organisationError", "plans.validation.unknownOrganisations", model, locale, username, organisation);
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

    private String refused(String field, String message, Model model, Locale locale, String username, String organisation) {
        model.addAttribute(field, message);
        model.addAttribute("username", username);
        model.addAttribute("organisation", organisation);
        model.addAttribute("reporters", reporters.all(locale));
        return "plans/reporters";
    }
}
