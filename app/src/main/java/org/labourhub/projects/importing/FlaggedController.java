package org.labourhub.projects.importing;

import org.labourhub.accounts.Actor;
import org.labourhub.projects.ProjectsPolicy;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The projects imported with errors or warnings, for those who import and fix them. */
@Controller
class FlaggedController {

    private final ProjectsPolicy policy;
    private final ImportFlags flags;

    FlaggedController(ProjectsPolicy policy, ImportFlags flags) {
        this.policy = policy;
        this.flags = flags;
    }

    @GetMapping("/projects/flagged")
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        ProjectsPolicy.require(policy.mayImport(Actor.current()), "flagged projects");
        long count = flags.count();
        int pages = (int) Math.max(1, (count + ImportFlags.PAGE - 1) / ImportFlags.PAGE);
        int shown = Math.min(Math.max(0, page), pages - 1);
        model.addAttribute("count", count);
        model.addAttribute("flagged", flags.page(shown));
        model.addAttribute("page", shown);
        model.addAttribute("pages", pages);
        return "projects/flagged";
    }
}
