package org.labourhub.projects.search;

import org.labourhub.projects.ProjectReferences;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Locale;

/**
 * What a form's type-ahead suggests as the reader types part of a project's title (fragments/typeahead): published
 * projects, which anyone may read, named in the reader's language.
 */
@Controller
class ProjectSuggestionController {

    static final int MAX = 20;

    private final ProjectReferences references;

    ProjectSuggestionController(ProjectReferences references) {
        this.references = references;
    }

    @GetMapping("/projects/suggestions")
    String suggestions(@RequestParam(defaultValue = "") String q, Locale locale, Model model) {
        model.addAttribute("suggestions", references.matching(q, locale, MAX));
        return "fragments/typeahead :: options";
    }
}
