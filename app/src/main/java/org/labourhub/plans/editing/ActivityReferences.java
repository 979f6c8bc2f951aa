package org.labourhub.plans.editing;

import org.labourhub.directory.Directory;
import org.labourhub.plans.Activities;
import org.labourhub.platform.web.Choice;
import org.labourhub.projects.ProjectReferences;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.Errors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The records an activity's form refers to, each chosen by name through a type-ahead of the module that keeps it:
 * who is responsible (the directory's organisations by id and networks as "network:key", the lead first) and the
 * cooperation project that carries the activity out (a published project, by its IATI identifier). Values that
 * name nothing are refused on their field; nothing is ever typed as a key.
 */
@Component
class ActivityReferences {

    static final String RESPONSIBLE = "/organisations/suggestions?networks=true";
    static final String PROJECTS = "/projects/suggestions";
    private static final String NETWORK = "network:";

    private final Directory directory;
    private final ProjectReferences projects;

    ActivityReferences(Directory directory, ProjectReferences projects) {
        this.directory = directory;
        this.projects = projects;
    }

    /**
     * Who the form makes responsible; a project that is not published is refused, unless it is the one the
     * activity already had ({@code before}: a reference written before projects were chosen by name is kept).
     */
    List<Activities.ResponsibleRef> resolve(ActivityForm form, String projectBefore, Errors errors, Locale locale) {
        String project = form.getProjectRef().strip();
        if (!project.isEmpty() && !project.equals(projectBefore) && projects.byIdentifier(project, locale).isEmpty()) {
            errors.rejectValue("projectRef", "plans.validation.unknownProject");
        }
        var refs = new ArrayList<Activities.ResponsibleRef>();
        boolean unknown = false;
        for (String value : form.getResponsible()) {
            if (directory.responsibleChoice(value, locale).isEmpty()) {
                unknown = true;
            } else if (value.startsWith(NETWORK)) {
                refs.add(new Activities.ResponsibleRef(null, value.substring(NETWORK.length())));
            } else {
                refs.add(new Activities.ResponsibleRef(Long.parseLong(value), null));
            }
        }
        if (unknown) {
            errors.rejectValue("responsible", "plans.validation.unknownResponsible");
        }
        return refs;
    }

    /**
     * What the form's type-aheads show: the chosen names, and for a reader without script every organisation and
     * network (projects are too many to list: such a reader keeps or clears the project).
     */
    void offer(ActivityForm form, Model model, Locale locale) {
        List<Choice> chosen = form.getResponsible().stream()
                .flatMap(value -> directory.responsibleChoice(value, locale).stream()).toList();
        model.addAttribute("responsibleChosen", chosen);
        model.addAttribute("responsibleOptions", directory.responsibleChoices(locale));
        model.addAttribute("responsibleSource", RESPONSIBLE);
        String project = form.getProjectRef().strip();
        model.addAttribute("projectChosen", project.isEmpty() ? List.of()
                : List.of(projects.byIdentifier(project, locale).map(ProjectReferences.Reference::choice)
                .orElse(new Choice(project, project))));
        model.addAttribute("projectSource", PROJECTS);
    }
}
