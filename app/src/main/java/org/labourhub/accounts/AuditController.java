package org.labourhub.accounts;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The latest writes, for the secretariat and administrators. */
@Controller
class AuditController {

    private final AuditTrail audit;
    private final AccountsPolicy policy;

    AuditController(AuditTrail audit, AccountsPolicy policy) {
        this.audit = audit;
        this.policy = policy;
    }

    @GetMapping("/audit")
    String latest(Model model) {
        policy.requireAuditReader(Actor.current());
        model.addAttribute("events", audit.latest(200));
        return "accounts/audit";
    }
}
