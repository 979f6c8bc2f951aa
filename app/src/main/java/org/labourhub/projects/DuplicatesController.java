package org.labourhub.projects;

import org.labourhub.accounts.Actor;
import org.labourhub.platform.i18n.Language;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Locale;

/** The secretariat's review of possible duplicates: merge (keeping either record), mark distinct, undo a merge. */
@Controller
class DuplicatesController {

    private final DuplicateCandidates candidates;
    private final Merges merges;
    private final ProjectsPolicy policy;

    DuplicatesController(DuplicateCandidates candidates, Merges merges, ProjectsPolicy policy) {
        this.candidates = candidates;
        this.merges = merges;
        this.policy = policy;
    }

    @GetMapping("/projects/duplicates")
    String review(@RequestParam(required = false) Long project, Locale locale, Model model) {
        ProjectsPolicy.require(policy.mayReviewDuplicates(Actor.current()), "duplicates");
        model.addAttribute("candidates", candidates.top(50, Language.of(locale)));
        model.addAttribute("merges", merges.latest(project));
        return "projects/duplicates";
    }

    @GetMapping("/projects/duplicates/merges")
    String mergesOf(@RequestParam Long project) {
        return "redirect:/projects/duplicates?project=" + project + "#merges";
    }

    @PostMapping("/projects/duplicates/merge")
    String merge(@RequestParam long keep, @RequestParam long merge) {
        merges.merge(keep, merge);
        return "redirect:/projects/duplicates?merged#merges";
    }

    @PostMapping("/projects/duplicates/distinct")
    String distinct(@RequestParam long first, @RequestParam long second) {
        merges.markDistinct(first, second);
        return "redirect:/projects/duplicates?distinct";
    }

    @PostMapping("/projects/merges/{id}/undo")
    String undo(@PathVariable long id) {
        merges.undo(id);
        return "redirect:/projects/duplicates?undone#merges";
    }
}
