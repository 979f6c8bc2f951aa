package org.labourhub.projects.duplicates;

import org.labourhub.accounts.Actor;
import org.labourhub.platform.i18n.Language;
import org.labourhub.projects.ProjectsPolicy;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Locale;
import java.util.Map;

/**
 * The secretariat's review of possible duplicates: compare a pair field by field and merge it (choosing, per field,
 * which record's value the merged project keeps), mark a pair distinct, undo a merge.
 */
@Controller
class DuplicatesController {

    private final DuplicateCandidates candidates;
    private final Merges merges;
    private final MergeRecords records;
    private final MergePreview preview;
    private final ProjectsPolicy policy;

    DuplicatesController(DuplicateCandidates candidates, Merges merges, MergeRecords records, MergePreview preview,
                         ProjectsPolicy policy) {
        this.candidates = candidates;
        this.merges = merges;
        this.records = records;
        this.preview = preview;
        this.policy = policy;
    }

    @GetMapping("/projects/duplicates")
    String review(@RequestParam(required = false) Long project, Locale locale, Model model) {
        ProjectsPolicy.require(policy.mayReviewDuplicates(Actor.current()), "duplicates");
        model.addAttribute("candidates", candidates.top(50, Language.of(locale)));
        model.addAttribute("merges", records.latest(project));
        return "projects/duplicates";
    }

    @GetMapping("/projects/duplicates/merges")
    String mergesOf(@RequestParam Long project) {
        return "redirect:/projects/duplicates?project=" + project + "#merges";
    }

    @GetMapping("/projects/duplicates/compare")
    String compare(@RequestParam long keep, @RequestParam long merge, Locale locale, Model model, RedirectAttributes redirect) {
        ProjectsPolicy.require(policy.mayReviewDuplicates(Actor.current()), "duplicates");
        if (keep == merge || !preview.isOpen(keep, merge)) {
            redirect.addFlashAttribute("conflict", "alreadyMerged");
            return "redirect:/projects/duplicates#merges";
        }
        model.addAttribute("comparison", preview.of(keep, merge, locale));
        return "projects/merge";
    }

    @PostMapping("/projects/duplicates/merge")
    String merge(@RequestParam long keep, @RequestParam long merge, @RequestParam int keptVersion,
                 @RequestParam int mergedVersion, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        try {
            merges.merge(new Merges.Request(keep, merge, keptVersion, mergedVersion, Merges.choices(form)));
        } catch (MergeConflict conflict) {
            redirect.addFlashAttribute("conflict", conflict.reason());
            return "alreadyMerged".equals(conflict.reason()) ? "redirect:/projects/duplicates#merges"
                    : "redirect:/projects/duplicates/compare?keep=" + keep + "&merge=" + merge;
        }
        return "redirect:/projects/" + keep + "?merged";
    }

    @PostMapping("/projects/duplicates/distinct")
    String distinct(@RequestParam long first, @RequestParam long second) {
        merges.markDistinct(first, second);
        return "redirect:/projects/duplicates?distinct";
    }

    @PostMapping("/projects/merges/{id}/undo")
    String undo(@PathVariable long id, RedirectAttributes redirect) {
        try {
            merges.undo(id);
        } catch (MergeConflict conflict) {
            redirect.addFlashAttribute("conflict", conflict.reason());
            return "redirect:/projects/duplicates#merges";
        }
        return "redirect:/projects/duplicates?undone#merges";
    }
}
